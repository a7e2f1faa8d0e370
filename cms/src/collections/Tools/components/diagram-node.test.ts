import { describe, expect, it } from 'vitest'
import { fitZoom, stepIndexOfNode, stepZoom } from './diagram-node'

describe('the diagram', () => {
  it('knows the step of a node by the id Mermaid gives it', () => {
    expect(stepIndexOfNode('flowchart-n3-12')).toBe(3)
    expect(stepIndexOfNode('treeR1-flowchart-n14-0')).toBe(14)
    expect(stepIndexOfNode('flowchart-missing0-4')).toBeUndefined()
    expect(stepIndexOfNode(null)).toBeUndefined()
  })

  it('fits a wide drawing and never enlarges a small one', () => {
    expect(fitZoom(3900, 780)).toBeCloseTo(0.2)
    expect(fitZoom(400, 780)).toBe(1)
    expect(fitZoom(0, 780)).toBe(1)
  })

  it('zooms in steps, from any zoom', () => {
    expect(stepZoom(0.2, 1)).toBe(0.25)
    expect(stepZoom(1, 1)).toBe(1.25)
    expect(stepZoom(1, -1)).toBe(0.75)
    expect(stepZoom(2, 1)).toBe(2)
    expect(stepZoom(0.25, -1)).toBe(0.25)
  })
})
