/** BM25 saturation and length normalisation (the usual values). */
const k1 = 1.2
const b = 0.75
/**
 * A title match adds this on top of the body part, whose maximum is k1 + 1 = 2.2: a page with
 * the term in its title always ranks above one that only mentions it, however often.
 */
export const titleBoost = 3
/** A heading match adds this: more than a body match alone (at most 2.2), less than a title. */
export const headingBoost = 1.5
/** Weights are stored as integers (× 10) to keep shards short. */
export const weightScale = 10

/** Length normalisation of the title field (BM25F's b for the title). */
const titleB = 0.5
/** A title shorter than average counts at most this much more: "Signalenwijzer" names its subject. */
export const maxShortTitleFactor = 1.5

/** How often a term occurs in each field of one document (fractional for derived matches). */
export interface FieldFrequencies {
  text: number
  title: number
  headings: number
}

/** Lengths (indexed tokens) of a document's fields and the averages over the corpus. */
export interface FieldLengths {
  text: number
  averageText: number
  title: number
  averageTitle: number
}

/**
 * A title that is shorter than the average title is more about each of its words: the page
 * "Gesprekstips" is about tips and gesprek, "Signaleren en het gesprek beginnen" is about four
 * things. The factor is BM25F's length normalisation of the title field, kept between 1 and
 * maxShortTitleFactor: a long title never counts less than the flat boost, so a title match
 * still ranks above any body-only match.
 */
export function shortTitleFactor(titleLength: number, averageTitleLength: number): number {
  const norm = 1 - titleB + (titleB * titleLength) / (averageTitleLength || 1)
  return Math.min(maxShortTitleFactor, Math.max(1, 1 / norm))
}

/**
 * BM25 on the body, plus a boost for a title match (more for a short title) and a smaller one
 * for a heading match (each counted once: a title that says "fraude" twice is no more about fraude).
 * `documentWeight` (SearchDocument.weight) scales the whole posting, boosts included.
 */
export function postingWeight(frequency: FieldFrequencies, lengths: FieldLengths, documentWeight = 1): number {
  const norm = k1 * (1 - b + (b * lengths.text) / (lengths.averageText || 1))
  const body = frequency.text > 0 ? (frequency.text * (k1 + 1)) / (frequency.text + norm) : 0
  const title = titleBoost * shortTitleFactor(lengths.title, lengths.averageTitle) * Math.min(1, frequency.title)
  const headings = headingBoost * Math.min(1, frequency.headings)
  return Math.max(1, Math.round((body + title + headings) * documentWeight * weightScale))
}

/** BM25 inverse document frequency; the client computes it from the posting count. */
export function inverseDocumentFrequency(documents: number, documentFrequency: number): number {
  return Math.log(1 + (documents - documentFrequency + 0.5) / (documentFrequency + 0.5))
}
