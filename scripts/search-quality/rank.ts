import type { SearchResult } from '@vsp/search'

/**
 * The worst position an expected page can get, 1-based; 0 when it is not found. Results are
 * sorted by how many query words they hold, then by score; results with the same score are in
 * the order the site happened to read its files, which this check cannot know. So a page tied
 * with the result right after it counts as behind it: tied with the fourth is not top three.
 */
export function worstRank(results: SearchResult[], expect: string | string[]): number {
  const wanted = new Set(Array.isArray(expect) ? expect : [expect])
  const index = results.findIndex((r) => wanted.has(r.url))
  if (index < 0) return 0
  let last = index
  while (last + 1 < results.length && Math.abs(results[last + 1].score - results[index].score) < 1e-9) last++
  return last + 1
}
