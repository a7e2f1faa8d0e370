/** BM25 saturation and length normalisation (the usual values). */
const k1 = 1.2
const b = 0.75
/**
 * A title match adds this on top of the body part, whose maximum is k1 + 1 = 2.2: a page with
 * the term in its title always ranks above one that only mentions it, however often.
 */
export const titleBoost = 3
/** Weights are stored as integers (× 10) to keep shards short. */
export const weightScale = 10

/** `documentWeight` (SearchDocument.weight) scales the whole posting, title part included. */
export function postingWeight(
  textFrequency: number,
  titleFrequency: number,
  length: number,
  averageLength: number,
  documentWeight = 1,
): number {
  const norm = k1 * (1 - b + (b * length) / (averageLength || 1))
  const body = textFrequency > 0 ? (textFrequency * (k1 + 1)) / (textFrequency + norm) : 0
  const title = titleBoost * Math.min(1, titleFrequency)
  return Math.max(1, Math.round((body + title) * documentWeight * weightScale))
}

/** BM25 inverse document frequency; the client computes it from the posting count. */
export function inverseDocumentFrequency(documents: number, documentFrequency: number): number {
  return Math.log(1 + (documents - documentFrequency + 0.5) / (documentFrequency + 0.5))
}
