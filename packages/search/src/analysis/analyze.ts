import { dutchStopWords, stemDutch } from './dutch'
import { normalizeWord, wordSpans } from './normalize'

/** One indexable token: the normalised surface word and its search term (stem). */
export interface AnalyzedToken {
  surface: string
  term: string
}

const stemCache = new Map<string, string>()

/** Search term of one normalised word; build and query share this, so they always agree. */
export function termOf(normalized: string): string {
  let term = stemCache.get(normalized)
  if (term === undefined) {
    term = stemDutch(normalized)
    if (stemCache.size > 50_000) stemCache.clear()
    stemCache.set(normalized, term)
  }
  return term
}

export function isIndexable(normalized: string): boolean {
  return normalized.length >= 2 && !dutchStopWords.has(normalized)
}

/** Lowercase, strip diacritics, drop stop words and one-letter scraps, stem. */
export function analyze(text: string): AnalyzedToken[] {
  const tokens: AnalyzedToken[] = []
  for (const span of wordSpans(text)) {
    if (!isIndexable(span.normalized)) continue
    tokens.push({ surface: span.normalized, term: termOf(span.normalized) })
  }
  return tokens
}

/** Distinct search terms of a text, in order of first appearance. */
export function analyzeQuery(query: string): AnalyzedToken[] {
  const seen = new Set<string>()
  return analyze(query).filter((token) => !seen.has(token.term) && seen.add(token.term))
}

export { normalizeWord, wordSpans }
