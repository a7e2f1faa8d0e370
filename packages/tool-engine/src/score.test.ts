import { describe, expect, it } from 'vitest'
import { smallScan } from './fixtures'
import { checkAnswer } from './check-answer'
import { scoreDefinition, visibleQuestions } from './score'
import { dimensionRange } from './score-range'

describe('scoreDefinition', () => {
  it('shows a conditional question only after the answer it depends on', () => {
    const scan = smallScan()
    expect(visibleQuestions(scan, {}).map((q) => q.key)).toEqual(['alleen', 'moe', 'signalen', 'uren'])
    expect(visibleQuestions(scan, { alleen: 'ja' }).map((q) => q.key)).toEqual(['alleen', 'gevraagd', 'moe', 'signalen', 'uren'])
  })

  it('adds the points per kind of question and picks the band', () => {
    const scan = smallScan()
    const result = scoreDefinition(scan, { alleen: 'ja', gevraagd: 'nee', moe: 5, signalen: ['slaap', 'hoofdpijn'], uren: 12 })
    // 2 + 1 + (5 - 1) + 2 + 1
    expect(result.dimensions[0]).toMatchObject({ key: 'belasting', score: 10, min: 0, max: 10, percentage: 100 })
    expect(result.dimensions[0].band?.key).toBe('over-je-grens')
    expect(result.complete).toBe(true)
  })

  it('lists the attention points of answers at risk, and only those', () => {
    const scan = smallScan()
    const risky = scoreDefinition(scan, { alleen: 'ja', gevraagd: 'ja', moe: 4, signalen: ['geen'], uren: 2 })
    expect(risky.attentionPoints.map((p) => p.text)).toEqual(['Vraag anderen om mee te helpen.', 'Neem rust.'])
    const calm = scoreDefinition(scan, { alleen: 'nee', moe: 3, signalen: ['geen'], uren: 2 })
    expect(calm.attentionPoints).toEqual([])
    expect(calm.dimensions[0]).toMatchObject({ score: 2, max: 9 })
    expect(calm.dimensions[0].band?.key).toBe('in-balans')
  })

  it('ignores the answer to a question that is hidden again', () => {
    const result = scoreDefinition(smallScan(), { alleen: 'nee', gevraagd: 'nee', moe: 1, signalen: ['geen'], uren: 0 })
    expect(result.dimensions[0].score).toBe(0)
  })

  it('reports what is still unanswered', () => {
    const result = scoreDefinition(smallScan(), { alleen: 'ja' })
    expect(result.complete).toBe(false)
    expect(result.unanswered).toEqual(['gevraagd', 'moe', 'signalen', 'uren'])
  })

  it('counts a reversed scale from the top', () => {
    const scan = smallScan()
    const moe = scan.questions[2]
    if (moe.kind !== 'scale') throw new Error('fixture')
    moe.reverse = true
    expect(scoreDefinition(scan, { alleen: 'nee', moe: 2, signalen: ['geen'], uren: 0 }).dimensions[0].score).toBe(3)
  })

  it('knows the possible range of a dimension, counting a hidden question as zero', () => {
    expect(dimensionRange(smallScan(), 'belasting')).toEqual({ min: 0, max: 10 })
  })
})

describe('checkAnswer', () => {
  const scan = smallScan()
  it('explains in Dutch what is wrong with an answer', () => {
    expect(checkAnswer(scan.questions[0], 'misschien')).toBe('Kies een antwoord.')
    expect(checkAnswer(scan.questions[3], [])).toBe('Kies een of meer antwoorden.')
    expect(checkAnswer(scan.questions[3], ['geen', 'slaap'])).toBe('"Geen van deze" kunt u niet combineren met andere antwoorden.')
    expect(checkAnswer(scan.questions[2], 6)).toBe('Kies een waarde van 1 tot en met 5.')
    expect(checkAnswer(scan.questions[2], 2.5)).toBe('Kies een waarde van 1 tot en met 5.')
    expect(checkAnswer(scan.questions[4], -1)).toBe('Kies een getal van 0 tot en met 168.')
    expect(checkAnswer(scan.questions[4], 7.5)).toBeNull()
    expect(checkAnswer(scan.questions[3], ['slaap', 'hoofdpijn'])).toBeNull()
  })
})
