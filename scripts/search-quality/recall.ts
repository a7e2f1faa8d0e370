/**
 * Recall@3 of a query set: how many queries have one of their expected pages in the top three.
 * Shared by the quality test, the report script and the search benchmark (which runs the same
 * sets through our index and Pagefind on the built sites), so all three count the same way.
 */
import type { SearchResult } from '@vsp/search'
import { worstRank } from './rank'

import type { SiteName } from '@vsp/content-models'
export type { SiteName }

export interface ScoredQuery {
  site: SiteName
  query: string
  expect: string | string[]
}

export interface QueryOutcome {
  query: ScoredQuery
  /** worst position of an expected page (ties count against it), 0 when not found */
  rank: number
  top: string[]
}

export interface Recall {
  hits: number
  total: number
  misses: QueryOutcome[]
}

export const TOP = 3

export const isHit = (rank: number) => rank >= 1 && rank <= TOP

/** `search` answers one query on one site, best first. */
export async function recallAt3(
  queries: readonly ScoredQuery[],
  search: (site: SiteName, query: string) => Promise<SearchResult[]>,
): Promise<Recall> {
  const misses: QueryOutcome[] = []
  let hits = 0
  for (const query of queries) {
    const results = await search(query.site, query.query)
    const rank = worstRank(results, query.expect)
    if (isHit(rank)) hits++
    else misses.push({ query, rank, top: results.slice(0, TOP).map((r) => r.url) })
  }
  return { hits, total: queries.length, misses }
}

export const percent = ({ hits, total }: Recall) => (total ? `${hits}/${total} (${Math.round((100 * hits) / total)} %)` : '–')
