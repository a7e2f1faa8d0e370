/** Regression table: an organisation's answers → band per theme, bars and attention points. */
import { describe, expect, it } from 'vitest'
import { scoreDefinition, scoredReport } from '@vsp/tool-engine'
import type { ToolAnswers } from '@vsp/content-models'
import { quickscanDefinition } from './quickscan-grensoverschrijdend-gedrag'

const best: ToolAnswers = Object.fromEntries(
  quickscanDefinition.questions.map((q) => [
    q.key,
    q.kind === 'scale'
      ? 5
      : q.kind === 'number'
        ? 100
        : q.kind === 'multiple'
          ? q.options.filter((o) => !o.exclusive).map((o) => o.key)
          : 'ja',
  ]),
)

const worst: ToolAnswers = Object.fromEntries(
  quickscanDefinition.questions.map((q) => [
    q.key,
    q.kind === 'scale' ? 1 : q.kind === 'number' ? 0 : q.kind === 'multiple' ? ['geen'] : 'nee',
  ]),
)

/** A realistic middle: a code of conduct, no confidential adviser yet, little training. */
const middle: ToolAnswers = {
  gedragscode: 'ja',
  'gedragscode-bekend': 'deels',
  'beleid-psa': 'nee',
  maatregelen: 'gedeeltelijk',
  vog: 'ja',
  vertrouwenspersoon: 'nee',
  klachtenregeling: 'gedeeltelijk',
  'melden-buiten-lijn': 'ja',
  aanspreken: 3,
  'voorbeeld-leiding': 'ja',
  'veilig-melden': 4,
  machtsverschillen: 'gedeeltelijk',
  onderzoek: 'ja',
  'training-medewerkers': 'gedeeltelijk',
  'training-leiding': 'nee',
  omstanders: 'nee',
  afspraken: ['vier-ogen', 'sociale-media'],
  'percentage-getraind': 30,
  nazorgprotocol: 'ja',
  opvangteam: 'nee',
  doorverwijzen: 'ja',
  'contact-houden': 'gedeeltelijk',
  evalueren: 'ja',
}

const table = [
  {
    name: 'alles op orde',
    answers: best,
    bands: { beleid: 'op-orde', meldroute: 'op-orde', cultuur: 'op-orde', preventie: 'op-orde', nazorg: 'op-orde' },
    scores: { beleid: 10, meldroute: 10, cultuur: 14, preventie: 12, nazorg: 10 },
    attention: [] as string[],
  },
  {
    name: 'niets geregeld',
    answers: worst,
    bands: { beleid: 'hoog-risico', meldroute: 'hoog-risico', cultuur: 'hoog-risico', preventie: 'hoog-risico', nazorg: 'hoog-risico' },
    scores: { beleid: 0, meldroute: 0, cultuur: 0, preventie: 0, nazorg: 0 },
    attention: [
      'gedragscode',
      'beleid-psa',
      'maatregelen',
      'vog',
      'vertrouwenspersoon',
      'klachtenregeling',
      'melden-buiten-lijn',
      'aanspreken',
      'voorbeeld-leiding',
      'veilig-melden',
      'machtsverschillen',
      'onderzoek',
      'training-medewerkers',
      'training-leiding',
      'omstanders',
      'afspraken',
      'percentage-getraind',
      'nazorgprotocol',
      'opvangteam',
      'doorverwijzen',
      'contact-houden',
      'evalueren',
    ],
  },
  {
    name: 'gemengd beeld',
    answers: middle,
    bands: { beleid: 'op-weg', meldroute: 'hoog-risico', cultuur: 'op-weg', preventie: 'hoog-risico', nazorg: 'op-weg' },
    scores: { beleid: 6, meldroute: 3, cultuur: 10, preventie: 4, nazorg: 7 },
    attention: ['beleid-psa', 'vertrouwenspersoon', 'training-leiding', 'omstanders', 'opvangteam'],
  },
]

describe('Quickscan grensoverschrijdend gedrag: regression table', () => {
  it('has at least five themes, the named ones, and at least twenty questions', () => {
    expect(quickscanDefinition.dimensions.map((d) => d.label)).toEqual([
      'Beleid en gedragscode',
      'Vertrouwenspersoon en meldroute',
      'Cultuur en leiderschap',
      'Preventie en training',
      'Nazorg na een incident',
    ])
    expect(quickscanDefinition.questions.length).toBeGreaterThanOrEqual(20)
    for (const dimension of quickscanDefinition.dimensions) {
      expect(quickscanDefinition.questions.filter((q) => q.dimension === dimension.key).length).toBeGreaterThanOrEqual(4)
    }
  })

  it.each(table)('$name', ({ answers, bands, scores, attention }) => {
    const result = scoreDefinition(quickscanDefinition, answers)
    expect(result.complete).toBe(true)
    expect(Object.fromEntries(result.dimensions.map((d) => [d.key, d.band?.key]))).toEqual(bands)
    expect(Object.fromEntries(result.dimensions.map((d) => [d.key, d.score]))).toEqual(scores)
    expect(result.attentionPoints.map((point) => point.question)).toEqual(attention)
  })

  it('gives the bar per theme, measured against the questions shown', () => {
    const result = scoreDefinition(quickscanDefinition, middle)
    const bars = Object.fromEntries(result.dimensions.map((d) => [d.key, [d.score, d.max, d.percentage]]))
    // Without a confidential adviser the follow-up question is not asked: 3 of 6 points.
    expect(bars).toEqual({ beleid: [6, 10, 60], meldroute: [3, 6, 50], cultuur: [10, 14, 71], preventie: [4, 12, 33], nazorg: [7, 10, 70] })
  })

  it('writes a report with a bar, the band, the advice and the attention points per theme', () => {
    const result = scoreDefinition(quickscanDefinition, middle)
    const report = scoredReport(quickscanDefinition, result, { title: 'Quickscan grensoverschrijdend gedrag' })
    expect(report).toContain(
      'Vertrouwenspersoon en meldroute\n-------------------------------\nScore: 3 van 6 [##########----------] 50%\nUitslag: Veel aandacht nodig',
    )
    expect(report).toContain('Stel een vertrouwenspersoon aan')
    expect(report).toContain('- Train leidinggevenden in het voeren van een gesprek na een melding')
    expect(report).toContain('Organisatieadvies: /organisatieadvies/')
  })

  it('treats "weet ik niet" as a risk: then nobody knows', () => {
    const result = scoreDefinition(quickscanDefinition, { ...best, vertrouwenspersoon: 'weet-niet' })
    expect(result.attentionPoints.map((p) => p.question)).toEqual(['vertrouwenspersoon'])
    expect(result.dimensions.find((d) => d.key === 'meldroute')?.band?.key).toBe('hoog-risico')
  })
})
