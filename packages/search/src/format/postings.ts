/** A posting: one document that holds a term, with its precomputed weight. */
export interface Posting {
  doc: number
  weight: number
}

/** Delta-encodes ascending doc ids; small numbers keep the JSON short and gzip well. */
export function encodePostings(postings: Posting[]): number[] {
  const flat: number[] = []
  let previous = 0
  for (const { doc, weight } of [...postings].sort((a, b) => a.doc - b.doc)) {
    flat.push(doc - previous, weight)
    previous = doc
  }
  return flat
}

export function decodePostings(flat: number[]): Posting[] {
  const postings: Posting[] = []
  let doc = 0
  for (let i = 0; i + 1 < flat.length; i += 2) {
    doc += flat[i]
    postings.push({ doc, weight: flat[i + 1] })
  }
  return postings
}
