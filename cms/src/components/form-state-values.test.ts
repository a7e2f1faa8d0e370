import { describe, expect, it } from 'vitest'
import { valuesFromFormState } from './form-state-values'

describe('valuesFromFormState', () => {
  it('gives an empty array field an empty list, not its row count', () => {
    const values = valuesFromFormState({
      'definition.nodes': { value: 1, rows: [{}], disableFormData: true },
      'definition.nodes.0.blockType': { value: 'outcome' },
      'definition.nodes.0.key': { value: 'bel-112' },
      'definition.nodes.0.links': { value: 0, rows: [] },
    })
    expect(values).toEqual({ definition: { nodes: [{ blockType: 'outcome', key: 'bel-112', links: [] }] } })
  })

  it('keeps a row whose path the server marked with an error (it came back as null)', () => {
    const values = valuesFromFormState({
      'definition.nodes': { value: 1, rows: [{}], disableFormData: true },
      'definition.nodes.0.blockType': { value: 'question' },
      'definition.nodes.0.key': { value: 'start' },
      'definition.nodes.0': { value: null },
      'definition.start': { value: 'start' },
    })
    expect(values).toEqual({ definition: { nodes: [{ blockType: 'question', key: 'start' }], start: 'start' } })
  })

  it('leaves out fields that are not form data', () => {
    expect(valuesFromFormState({ title: { value: 'T' }, diagram: { value: 'x', disableFormData: true } })).toEqual({ title: 'T' })
  })
})
