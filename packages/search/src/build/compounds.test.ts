import { describe, expect, it } from 'vitest'
import { termOf } from '../analysis/analyze'
import { CompoundSplitter, headWeight, modifierWeight } from './compounds'

const terms = (parts: { term: string }[]) => parts.map((part) => part.term)

describe('CompoundSplitter', () => {
  const splitter = new CompoundSplitter(['ongeval', 'geval', 'vergoeding', 'schade', 'kind', 'opvang', 'gift', 'inbraak'])

  it('finds the longest known head and the modifier without its linking -s-', () => {
    expect(splitter.parts('verkeersongeval')).toEqual([
      { term: termOf('ongeval'), weight: headWeight },
      { term: termOf('verkeer'), weight: modifierWeight },
    ])
    expect(terms(splitter.parts('schadevergoeding'))).toEqual([termOf('vergoeding'), termOf('schade')])
  })

  it('handles the linking -er- and plural compounds', () => {
    expect(terms(splitter.parts('kinderopvang'))).toContain(termOf('opvang'))
    expect(terms(splitter.parts('verkeersongevallen'))).toContain(termOf('ongeval'))
  })

  it('does not split on a short unknown modifier or a stop word', () => {
    expect(splitter.parts('aangifte')).toEqual([])
    expect(splitter.parts('ongeval')).toEqual([])
  })

  it('leaves words without a known head alone', () => {
    expect(splitter.parts('intimidatie')).toEqual([])
  })

  it('counts the modifier as much as the head', () => {
    expect(modifierWeight).toBe(headWeight)
  })
})

describe('CompoundSplitter without a known head', () => {
  const splitter = new CompoundSplitter(['signalen', 'doorverwijzen', 'slachtoffer', 'bed', 'kind'])
  it('splits on the longest known modifier when the corpus never uses the head alone', () => {
    expect(splitter.parts('signalenwijzer')).toEqual([{ term: termOf('signalen'), weight: modifierWeight }])
    expect(terms(splitter.parts('slachtofferschap'))).toEqual([termOf('slachtoffer')])
  })
  it('reads a verb stem as its infinitive (z → s)', () => {
    expect(terms(splitter.parts('doorverwijstool'))).toEqual([termOf('doorverwijzen')])
  })
  it('needs a modifier of four letters or more, and a head of four', () => {
    expect(splitter.parts('bedreiging')).toEqual([])
    expect(splitter.parts('kindje')).toEqual([])
  })
})
