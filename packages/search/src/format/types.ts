/** manifest.json: all a client needs before it knows which shards to fetch. Kept tiny. */
export interface IndexManifest {
  /** format version (2: doc shards are named by `docsVersion`) */
  format: 2
  /** content hash of this build; part of the term shards' names */
  version: string
  /**
   * content hash of the stored documents alone; part of the doc shards' names. They depend on
   * nothing else, so a build can write them while it is still counting the terms.
   */
  docsVersion: string
  /** number of documents (for IDF) */
  documents: number
  termShards: number
  docsPerShard: number
  /** average field lengths of the base index; a delta weighs its documents with these */
  averages?: CorpusAverages
  /**
   * A delta on top of this index (an incremental publish, packages/site-publish): the file with
   * the documents changed since this index was built. Absent after a full build.
   */
  delta?: string
}

export interface CorpusAverages {
  text: number
  title: number
}

/**
 * A delta file: documents of the base index that are gone or changed (hidden from its postings),
 * and the current version of changed and new documents, numbered from the base's `documents` on.
 */
export interface DeltaShard {
  /** base document ids no longer shown */
  hidden: number[]
  docs: StoredDocument[]
  /** term → encoded postings of the delta's documents (ids from the base's `documents` on) */
  postings: Record<string, number[]>
  marks?: Record<string, string[]>
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
