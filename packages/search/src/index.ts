export { buildDocShards, buildSearchIndex, type DocShardFiles } from './build/build-index'
export { buildSearchDelta, type SearchDeltaInput } from './build/delta-index'
export { inSiteSearch, LISTING_KINDS, LISTING_WEIGHT, searchWeight, UNSEARCHED_KINDS } from './build/search-weight'
export { createSearchClient, type SearchClientOptions } from './client/create-client'
export { createMemoryFetch, searchInMemory } from './in-memory'
export { docShardFile } from './format/files'
export type { DeltaShard, IndexManifest } from './format/types'
export type {
  BuildSearchIndexOptions,
  SearchClient,
  SearchDocument,
  SearchIndexFiles,
  SearchOptions,
  SearchResult,
  SynonymRule,
} from './types'
