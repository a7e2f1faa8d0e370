import { decodePostings } from '../format/postings'
import { inverseDocumentFrequency, weightScale } from '../format/weights'

export interface RankedDocument {
  doc: number
  score: number
  /** how many of the query's terms the document holds */
  matched: number
}

/**
 * BM25 from precomputed per-posting weights and the IDF of each posting list. Documents that
 * hold more of the query's terms come first, so a two-word query behaves like AND before OR.
 */
export function rank(postingLists: number[][], documents: number): RankedDocument[] {
  const byDoc = new Map<number, RankedDocument>()
  for (const flat of postingLists) {
    const postings = decodePostings(flat)
    const idf = inverseDocumentFrequency(documents, postings.length)
    for (const { doc, weight } of postings) {
      const entry = byDoc.get(doc) ?? { doc, score: 0, matched: 0 }
      entry.score += (idf * weight) / weightScale
      entry.matched += 1
      byDoc.set(doc, entry)
    }
  }
  return [...byDoc.values()].sort((a, b) => b.matched - a.matched || b.score - a.score || a.doc - b.doc)
}
