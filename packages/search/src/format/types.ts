/** manifest.json: all a client needs before it knows which shards to fetch. Kept tiny. */
export interface IndexManifest {
  /** format version */
  format: 1
  /** content hash of this build; part of every other file name */
  version: string
  /** number of documents (for IDF) */
  documents: number
  termShards: number
  docsPerShard: number
}

/** A term shard: postings of the terms whose hash falls in it. */
export interface TermShard {
  /** term → flat [docIdDelta, weight, docIdDelta, weight, …] (weight = BM25 part × 10) */
  postings: Record<string, number[]>
  /** term → extra terms to mark in snippets (synonym expansions made at build time) */
  marks?: Record<string, string[]>
}

/** What a result needs for display and snippet. Stored in doc shards, fetched per result. */
export interface StoredDocument {
  url: string
  title: string
  text: string
  id?: string
  kind?: string
  section?: string
}

export type DocShard = StoredDocument[]
