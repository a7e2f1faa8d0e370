import { decodePostings } from '../format/postings'
import { inverseDocumentFrequency, weightScale } from '../format/weights'

export interface RankedDocument {
  doc: number
  score: number
}

/**
 * BM25 from precomputed per-posting weights and the IDF of each posting list, summed over the
 * query's terms. Coverage is part of that sum: each term a document holds adds its IDF times a
 * saturated term weight, so holding the rare word ("beroofd") counts for more than holding the
 * common ones ("zoon"). An earlier version sorted by the number of matched terms first; that
 * let any page that happened to mention every common word beat the page about the rare one.
 * (Lucene dropped its "coord" factor from BM25 for the same reason.)
 */
export function rank(postingLists: number[][], documents: number): RankedDocument[] {
  const byDoc = new Map<number, RankedDocument>()
  for (const flat of postingLists) {
    const postings = decodePostings(flat)
    const idf = inverseDocumentFrequency(documents, postings.length)
    for (const { doc, weight } of postings) {
      const entry = byDoc.get(doc) ?? { doc, score: 0 }
      entry.score += (idf * weight) / weightScale
      byDoc.set(doc, entry)
    }
  }
  return [...byDoc.values()].sort((a, b) => b.score - a.score || a.doc - b.doc)
}
