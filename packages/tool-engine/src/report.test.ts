import { describe, expect, it } from 'vitest'
import { smallScan } from './fixtures'
import { scoredReport, textBar } from './report'
import { scoreDefinition } from './score'

describe('scoredReport', () => {
  it('writes score, bar, band, advice and attention points per theme', () => {
    const scan = smallScan()
    const result = scoreDefinition(scan, { alleen: 'ja', gevraagd: 'nee', moe: 1, signalen: ['geen'], uren: 0 })
    const report = scoredReport(scan, result, { title: 'Zelfscan' })
    expect(report).toBe(
      [
        'Zelfscan',
        '========',
        '',
        'Belasting',
        '---------',
        'Score: 3 van 10 [######--------------] 30%',
        'Uitslag: In balans',
        '',
        'U houdt het vol.',
        '',
        'Aandachtspunten:',
        '- Vraag anderen om mee te helpen.',
        '',
      ].join('\n'),
    )
  })

  it('draws a bar of twenty characters', () => {
    expect(textBar(0)).toBe('[--------------------] 0%')
    expect(textBar(55)).toBe('[###########---------] 55%')
  })
})
