import { decodePostings, encodePostings } from '../format/postings'
import type { DeltaShard, IndexManifest, StoredDocument, TermShard } from '../format/types'

/** The base index as the client sees it once a delta is laid over it (build/delta-index.ts). */
export interface IndexView {
  /** the number of documents shown, for IDF */
  documents: number
  postings(shard: TermShard, term: string): number[] | undefined
  marks(shard: TermShard, term: string): string[]
  /** a delta document, or undefined for one of the base */
  stored(doc: number): StoredDocument | undefined
}

export function withDelta(manifest: IndexManifest, delta: DeltaShard | undefined): IndexView {
  if (!delta) {
    return {
      documents: manifest.documents,
      postings: (shard, term) => shard.postings[term],
      marks: (shard, term) => shard.marks?.[term] ?? [],
      stored: () => undefined,
    }
  }
  const hidden = new Set(delta.hidden)
  return {
    documents: manifest.documents - hidden.size + delta.docs.length,
    postings(shard, term) {
      const base = shard.postings[term]
      const added = delta.postings[term]
      if (!base) return added
      const kept = decodePostings(base).filter((posting) => !hidden.has(posting.doc))
      const merged = [...kept, ...(added ? decodePostings(added) : [])]
      return merged.length ? encodePostings(merged) : undefined
    },
    marks: (shard, term) => [...new Set([...(shard.marks?.[term] ?? []), ...(delta.marks?.[term] ?? [])])],
    stored: (doc) => (doc >= manifest.documents ? delta.docs[doc - manifest.documents] : undefined),
  }
}
