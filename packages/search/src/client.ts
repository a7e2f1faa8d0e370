// Browser entry (@vsp/search/client): the query side only, so an island bundle stays small.
export { createSearchClient, type SearchClientOptions } from './client/create-client'
export type { SearchClient, SearchOptions, SearchResult } from './types'
