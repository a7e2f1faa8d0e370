import { describe, expect, it } from 'vitest'
import type { SearchResult } from '@vsp/search'
import { worstRank } from './rank'

const result = (url: string, score: number): SearchResult => ({ url, title: url, titleHtml: url, snippet: '', score })

describe('worstRank', () => {
  const results = [result('/a/', 5), result('/b/', 4), result('/c/', 2), result('/d/', 2), result('/e/', 1)]
  it('is the position of the first expected page', () => {
    expect(worstRank(results, '/b/')).toBe(2)
    expect(worstRank(results, ['/e/', '/a/'])).toBe(1)
  })
  it('puts a page behind the results it ties with', () => {
    expect(worstRank(results, '/c/')).toBe(4)
    expect(worstRank(results, '/d/')).toBe(4)
  })
  it('is 0 for a page that is not found', () => {
    expect(worstRank(results, '/x/')).toBe(0)
  })
})
