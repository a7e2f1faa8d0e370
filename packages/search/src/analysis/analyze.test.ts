import { describe, expect, it } from 'vitest'
import { analyze, analyzeQuery, termOf } from './analyze'

const terms = (text: string) => analyze(text).map((token) => token.term)

describe('Dutch analysis', () => {
  it('gives inflected forms one term, both ways', () => {
    expect(termOf('fietsen')).toBe(termOf('fiets'))
    expect(termOf('ongevallen')).toBe(termOf('ongeval'))
    expect(termOf('seksuele')).toBe(termOf('seksueel'))
    expect(termOf('jongens')).toBe(termOf('jongen'))
    expect(termOf('meisjes')).toBe(termOf('meisje'))
    expect(termOf('slachtoffers')).toBe(termOf('slachtoffer'))
  })

  it('keeps different words apart', () => {
    expect(termOf('verlening')).not.toBe(termOf('verlies'))
    expect(termOf('fiets')).not.toBe(termOf('feest'))
  })

  it('lowercases and strips diacritics', () => {
    expect(terms('Suïcide')).toEqual(terms('suicide'))
    expect(terms('CLIËNT')).toEqual(terms('client'))
  })

  it('drops Dutch stop words and keeps numbers', () => {
    expect(analyze('Wat kan ik doen na een overval? Bel 112').map((t) => t.surface)).toEqual(['overval', 'bel', '112'])
  })

  it('returns each query term once', () => {
    expect(analyzeQuery('fiets fietsen Fiets').map((t) => t.term)).toEqual([termOf('fiets')])
  })
})
