import { createSearchClient } from './client/create-client'
import type { SearchOptions, SearchResult } from './types'

const memoryBase = 'memory:/search/'

/** A fetch over built index files, for tests and build-time checks. */
export function createMemoryFetch(files: ReadonlyMap<string, string | Uint8Array>, baseUrl = memoryBase): typeof fetch {
  return async (input) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url
    const content = url.startsWith(baseUrl) ? files.get(url.slice(baseUrl.length)) : undefined
    if (content === undefined) return new Response('not found', { status: 404 })
    return new Response(typeof content === 'string' ? content : new Uint8Array(content), {
      headers: { 'content-type': 'application/json' },
    })
  }
}

/** Searches built index files without a server. */
export function searchInMemory(
  files: ReadonlyMap<string, string | Uint8Array>,
  query: string,
  options?: SearchOptions,
): Promise<SearchResult[]> {
  return createSearchClient({ baseUrl: memoryBase, fetch: createMemoryFetch(files) }).search(query, options)
}
