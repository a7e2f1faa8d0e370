import { describe, expect, it } from 'vitest'
import type { Field } from 'payload'
import { withRowLabels } from './with-row-labels'

describe('withRowLabels', () => {
  it('gives nested arrays and blocks the Dutch row label, with the words of their selects', () => {
    const [phases, blocks] = withRowLabels([
      {
        name: 'phases',
        type: 'array',
        labels: { singular: 'Fase', plural: 'Fasen' },
        fields: [
          { name: 'phase', type: 'select', options: [{ value: 'acuut', label: 'Acute fase' }] },
          { name: 'steps', type: 'array', labels: { singular: 'Stap', plural: 'Stappen' }, fields: [{ name: 'title', type: 'text' }] },
        ],
      },
      { name: 'nodes', type: 'blocks', blocks: [{ slug: 'question', labels: { singular: 'Vraag', plural: 'Vragen' }, fields: [] }] },
    ] satisfies Field[]) as any[]
    expect(phases.admin.components.RowLabel).toEqual({
      path: '/components/RowLabel#RowLabel',
      clientProps: { singular: 'Fase', valueLabels: { phase: { acuut: 'Acute fase' } } },
    })
    expect(phases.fields[1].admin.components.RowLabel.clientProps).toEqual({ singular: 'Stap' })
    expect(blocks.blocks[0].admin.components.Label.clientProps).toEqual({ kind: 'Vraag' })
  })
})
