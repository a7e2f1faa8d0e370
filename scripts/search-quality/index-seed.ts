/**
 * The seeded sites' search indexes, built in memory from site-documents.ts (the mirror of the
 * page templates) and the seeded synonyms. Used by the quality test and the report script.
 */
import { buildSearchIndex, searchInMemory, type SearchResult } from '@vsp/search'
import { seedSnapshot } from '../bench/seed-snapshot'
import type { SiteName } from './recall'
import { siteDocuments } from './site-documents'

export function seededSearch() {
  const snapshot = seedSnapshot()
  const synonyms = (snapshot.siteSettings.searchSynonyms ?? []).map(({ term, synonyms }) => ({ term, synonyms }))
  const documents = { helpers: siteDocuments(snapshot, 'helpers'), professionals: siteDocuments(snapshot, 'professionals') }
  const files = {
    helpers: buildSearchIndex(documents.helpers, { synonyms }).files,
    professionals: buildSearchIndex(documents.professionals, { synonyms }).files,
  }
  const search = (site: SiteName, query: string, limit = 50): Promise<SearchResult[]> => searchInMemory(files[site], query, { limit })
  return { snapshot, documents, search }
}
