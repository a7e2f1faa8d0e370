import { describe, expect, it } from 'vitest'
import { countWords, shouldShowToc, type TocEntry } from './toc'

const entries = (n: number): TocEntry[] => Array.from({ length: n }, (_, i) => ({ id: `k${i}`, text: `Kop ${i}`, depth: 2 }))
const words = (n: number) => Array.from({ length: n }, () => 'woord').join(' ')

describe('shouldShowToc', () => {
  it('shows a toc from three headings on', () => {
    expect(shouldShowToc(entries(2), words(10))).toBe(false)
    expect(shouldShowToc(entries(3), words(10))).toBe(true)
  })

  it('shows a toc on a long page with at least two headings', () => {
    expect(shouldShowToc(entries(2), words(600))).toBe(false)
    expect(shouldShowToc(entries(2), words(601))).toBe(true)
    expect(shouldShowToc(entries(1), words(5000))).toBe(false)
  })

  it('counts words, not punctuation', () => {
    expect(countWords('Een cliënt – twee\nwoorden , 3')).toBe(5)
  })
})
