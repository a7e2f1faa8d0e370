import { analyzeQuery } from '../analysis/analyze'
import { docShardFile, manifestFile, termShardFile } from '../format/files'
import { shardOf } from '../format/hash'
import type { DeltaShard, DocShard, IndexManifest, StoredDocument, TermShard } from '../format/types'
import { withDelta } from './delta'
import type { SearchClient, SearchOptions, SearchResult } from '../types'
import { createWordMatcher } from './match-words'
import { rank } from './rank'
import { highlight, makeSnippet } from './snippet'

export interface SearchClientOptions {
  /** URL of the folder that holds manifest.json, e.g. "/search/" */
  baseUrl: string
  fetch?: typeof fetch
}

/**
 * Browser search over a sharded static index. Files are fetched on demand and kept for the
 * session; a failed fetch is forgotten so that the next search retries it.
 */
export function createSearchClient(options: SearchClientOptions): SearchClient {
  const base = options.baseUrl === '' || options.baseUrl.endsWith('/') ? options.baseUrl : `${options.baseUrl}/`
  const fetchFile = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init))
  const cache = new Map<string, Promise<unknown>>()

  function load<T>(path: string): Promise<T> {
    let pending = cache.get(path)
    if (!pending) {
      pending = fetchFile(base + path).then((response) => {
        if (!response.ok) throw new Error(`search index: ${path} answered ${response.status}`)
        return response.json()
      })
      pending.catch(() => cache.delete(path))
      cache.set(path, pending)
    }
    return pending as Promise<T>
  }

  async function search(query: string, searchOptions: SearchOptions = {}): Promise<SearchResult[]> {
    const limit = searchOptions.limit ?? 10
    const tokens = analyzeQuery(query)
    if (tokens.length === 0 || limit <= 0) return []
    const manifest = await load<IndexManifest>(manifestFile)
    const [delta, ...baseShards] = await Promise.all([
      manifest.delta ? load<DeltaShard>(manifest.delta) : undefined,
      ...tokens.map((token) => load<TermShard>(termShardFile(manifest.version, shardOf(token.term, manifest.termShards)))),
    ])
    const shards = baseShards as TermShard[]
    const view = withDelta(manifest, delta as DeltaShard | undefined)
    const keys = new Set<string>()
    const lists: number[][] = []
    tokens.forEach((token, i) => {
      keys.add(token.term).add(token.surface)
      for (const mark of view.marks(shards[i], token.term)) keys.add(mark)
      const list = view.postings(shards[i], token.term)
      if (list) lists.push(list)
    })
    const top = rank(lists, view.documents).slice(0, limit)
    const matches = createWordMatcher(keys)
    return Promise.all(
      top.map(async ({ doc, score }) => {
        const stored: StoredDocument =
          view.stored(doc) ??
          (await load<DocShard>(docShardFile(manifest.docsVersion, Math.floor(doc / manifest.docsPerShard))))[doc % manifest.docsPerShard]
        const result: SearchResult = {
          url: stored.url,
          title: stored.title,
          titleHtml: highlight(stored.title, matches),
          snippet: makeSnippet(stored.text, matches),
          score: Math.round(score * 1000) / 1000,
        }
        if (stored.id !== undefined) result.id = stored.id
        if (stored.kind !== undefined) result.kind = stored.kind
        if (stored.section !== undefined) result.section = stored.section
        return result
      }),
    )
  }

  return { search }
}
