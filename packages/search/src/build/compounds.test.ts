import { describe, expect, it } from 'vitest'
import { termOf } from '../analysis/analyze'
import { CompoundSplitter } from './compounds'

describe('CompoundSplitter', () => {
  const splitter = new CompoundSplitter(['ongeval', 'geval', 'vergoeding', 'schade', 'kind', 'opvang', 'gift', 'inbraak'])

  it('finds the longest known head and the modifier without its linking -s-', () => {
    expect(splitter.parts('verkeersongeval')).toEqual([termOf('ongeval'), termOf('verkeer')])
    expect(splitter.parts('schadevergoeding')).toEqual([termOf('vergoeding'), termOf('schade')])
  })

  it('handles the linking -er- and plural compounds', () => {
    expect(splitter.parts('kinderopvang')).toContain(termOf('opvang'))
    expect(splitter.parts('verkeersongevallen')).toContain(termOf('ongeval'))
  })

  it('does not split on a short unknown modifier or a stop word', () => {
    expect(splitter.parts('aangifte')).toEqual([])
    expect(splitter.parts('ongeval')).toEqual([])
  })

  it('leaves words without a known head alone', () => {
    expect(splitter.parts('intimidatie')).toEqual([])
  })
})
