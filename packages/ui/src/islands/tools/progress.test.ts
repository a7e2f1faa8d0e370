import type { ScoredDefinition } from '@vsp/content-models'
import { describe, expect, it } from 'vitest'
import { possibleQuestionCount, positionLabel } from './progress'

const single = (key: string, showIf?: { question: string; anyOf: string[] }) => ({
  kind: 'single' as const,
  key,
  dimension: 'd',
  text: key,
  ...(showIf ? { showIf } : {}),
  options: [
    { key: 'ja', label: 'Ja', score: 1 },
    { key: 'nee', label: 'Nee', score: 0 },
  ],
})
const chain: ScoredDefinition = {
  kind: 'scored',
  dimensions: [{ key: 'd', label: 'D', bands: [{ key: 'b', label: 'B', min: 0, max: 3, advice: 'a' }] }],
  questions: [single('a'), single('b', { question: 'a', anyOf: ['ja'] }), single('c', { question: 'b', anyOf: ['ja'] })],
}

describe('possibleQuestionCount', () => {
  it('counts a follow-up until the question it depends on rules it out, also down a chain', () => {
    expect(possibleQuestionCount(chain, {})).toBe(3)
    expect(possibleQuestionCount(chain, { a: 'ja' })).toBe(3)
    expect(possibleQuestionCount(chain, { a: 'ja', b: 'nee' })).toBe(2)
    expect(possibleQuestionCount(chain, { a: 'nee' })).toBe(1)
  })

  it('writes the step line', () => {
    expect(positionLabel(3, 11)).toBe('Vraag 3 van 11')
    expect(positionLabel(2, null)).toBe('Vraag 2')
  })
})
