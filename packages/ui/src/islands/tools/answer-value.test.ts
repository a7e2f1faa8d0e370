import type { NumberQuestion, ScaleQuestion } from '@vsp/content-models'
import { checkAnswer } from '@vsp/tool-engine'
import { describe, expect, it } from 'vitest'
import { answerFromDraft, draftFromAnswer, parseDutchNumber } from './answer-value'

const hours: NumberQuestion = {
  kind: 'number',
  key: 'uren',
  dimension: 'd',
  text: 'Uren?',
  min: 0,
  max: 168,
  unit: 'uur',
  scoring: [{ from: 0, score: 0 }],
}
const scale: ScaleQuestion = {
  kind: 'scale',
  key: 's',
  dimension: 'd',
  text: 'S?',
  min: 1,
  max: 5,
  minLabel: 'a',
  maxLabel: 'b',
  weight: 1,
}

describe('answer values', () => {
  it.each([
    ['12', 12],
    ['12,5', 12.5],
    [' 7.25 ', 7.25],
    ['1 000', 1000],
    ['', undefined],
    ['twaalf', undefined],
    ['1,2,3', undefined],
  ])('parses %j as %j', (text, value) => expect(parseDutchNumber(text)).toBe(value))

  it('turns an empty number field into an answer the engine refuses with a message', () => {
    expect(checkAnswer(hours, answerFromDraft(hours, ''))).toBe('Kies een getal van 0 tot en met 168.')
    expect(checkAnswer(hours, answerFromDraft(hours, '12,5'))).toBeNull()
  })

  it('opens a step with the earlier answer written the Dutch way', () => {
    expect(draftFromAnswer(hours, 12.5)).toBe('12,5')
    expect(draftFromAnswer(scale, 3)).toBe(3)
    expect(draftFromAnswer(scale, undefined)).toBeUndefined()
  })
})
