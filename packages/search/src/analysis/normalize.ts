/** A word of the source text with its place, so snippets can cut and mark the original. */
export interface WordSpan {
  /** lowercase, without diacritics: "suïcide" → "suicide" */
  normalized: string
  start: number
  end: number
}

const combiningMarks = /[\u0300-\u036f]/g
// Letters with their combining marks, and digits (112 is a term people search for).
export const wordPattern = /[\p{L}\p{M}\p{N}]+/gu

export function normalizeWord(word: string): string {
  return word.normalize('NFD').replace(combiningMarks, '').toLowerCase()
}

export function wordSpans(text: string): WordSpan[] {
  const spans: WordSpan[] = []
  for (const match of text.matchAll(wordPattern)) {
    const start = match.index ?? 0
    spans.push({ normalized: normalizeWord(match[0]), start, end: start + match[0].length })
  }
  return spans
}
