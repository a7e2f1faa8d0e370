import { describe, expect, it } from 'vitest'
import { rowLabelText } from './row-label-text'

describe('rowLabelText', () => {
  it('names a row by its text', () => {
    expect(rowLabelText({ key: 'bel-112', title: 'Bel 112' }, 0)).toBe('Bel 112')
    expect(rowLabelText({ text: 'Is er nu gevaar?' }, 2, { kind: 'Vraag' })).toBe('Vraag: Is er nu gevaar?')
  })

  it('names a fase by the words of its select value', () => {
    expect(rowLabelText({ phase: 'acuut' }, 1, { valueLabels: { phase: { acuut: 'Acute fase' } } })).toBe('Acute fase')
  })

  it('shortens a long text', () => {
    const label = rowLabelText({ text: 'woord '.repeat(40) }, 0)
    expect(label.length).toBeLessThanOrEqual(80)
    expect(label.endsWith('…')).toBe(true)
  })

  it('falls back on the Dutch singular and the number, never on the field name', () => {
    expect(rowLabelText({}, 0, { singular: 'Fase' })).toBe('Fase 01')
    expect(rowLabelText({ text: '  ' }, 11, { kind: 'Uitkomst' })).toBe('Uitkomst 12')
    expect(rowLabelText(undefined, undefined)).toBe('Rij 01')
  })
})
