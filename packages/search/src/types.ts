/** A page to index, as a site hands it over at build time. */
export interface SearchDocument {
  id?: string
  /** site-relative ("/checklists/fraude/") or absolute http(s) URL */
  url: string
  title: string
  /** plain text of the page body (headings included: it is also the snippet's source) */
  text: string
  /**
   * The page's headings (h2 and below), plain text. A word in a heading counts more than a word
   * in the body and less than one in the title (field boosts: README, "Ranking").
   */
  headings?: string
  kind?: string
  section?: string
  /**
   * Multiplies the page's score (default 1): below 1 for pages that list others (home, overview
   * pages), so the page a query is about ranks above the index that links to it.
   */
  weight?: number
}

/** One synonym rule as editors keep it in the CMS: synonyms comma-separated. */
export interface SynonymRule {
  term: string
  synonyms: string
}

export interface BuildSearchIndexOptions {
  synonyms?: SynonymRule[]
  /** number of term shards; by default chosen from the index size */
  shardCount?: number
  /** documents per doc shard (metadata + snippet source); default 1 */
  docsPerShard?: number
}

export interface SearchIndexFiles {
  /** path relative to the index's base URL → file content */
  files: Map<string, string | Uint8Array>
}

export interface SearchResult {
  url: string
  /** plain text: render as text, never as HTML */
  title: string
  /** HTML: escaped text with matches in <mark> */
  titleHtml: string
  /** HTML: ~160 characters around the first match, escaped, matches in <mark> */
  snippet: string
  score: number
  id?: string
  kind?: string
  section?: string
}

export interface SearchOptions {
  /** maximum results (default 10); only these results' doc shards are fetched */
  limit?: number
}

export interface SearchClient {
  search(query: string, options?: SearchOptions): Promise<SearchResult[]>
}
