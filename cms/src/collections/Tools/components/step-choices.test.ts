import { describe, expect, it } from 'vitest'
import { stepChoices } from './step-choices'

describe('stepChoices', () => {
  const fields = {
    'definition.nodes': { value: 3, rows: [{}, {}, {}] },
    'definition.nodes.0.blockType': { value: 'question' },
    'definition.nodes.0.key': { value: 'nu-gevaar' },
    'definition.nodes.0.text': { value: 'Is er nu gevaar?' },
    'definition.nodes.1.blockType': { value: 'outcome' },
    'definition.nodes.1.key': { value: 'bel-112' },
    'definition.nodes.1.title': { value: 'Bel 112' },
    'definition.nodes.2.blockType': { value: 'outcome' },
    'definition.nodes.2.key': { value: '' },
  }

  it('offers every step with a key, named by its text and kind', () => {
    expect(stepChoices(fields)).toEqual([
      { value: 'nu-gevaar', label: 'Vraag: Is er nu gevaar? (nu-gevaar)' },
      { value: 'bel-112', label: 'Uitkomst: Bel 112 (bel-112)' },
    ])
  })

  it('offers nothing before the tree has steps', () => {
    expect(stepChoices({})).toEqual([])
  })
})
