import { dutchStopWords, stemDutch } from './dutch'
import { normalizeWord, wordPattern, wordSpans } from './normalize'

/** One indexable token: the normalised surface word and its search term (stem). */
export interface AnalyzedToken {
  readonly surface: string
  readonly term: string
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

// A corpus of 10,000 pages has millions of words but few distinct ones: each is analysed once,
// and its token object is shared by every occurrence (null: not indexed).
const tokenCache = new Map<string, AnalyzedToken | null>()

function tokenOf(word: string): AnalyzedToken | null {
  let token = tokenCache.get(word)
  if (token === undefined) {
    const surface = normalizeWord(word)
    token = isIndexable(surface) ? Object.freeze({ surface, term: termOf(surface) }) : null
    if (tokenCache.size > 100_000) tokenCache.clear()
    tokenCache.set(word, token)
  }
  return token
}

/** Lowercase, strip diacritics, drop stop words and one-letter scraps, stem. */
export function analyze(text: string): AnalyzedToken[] {
  const tokens: AnalyzedToken[] = []
  for (const [word] of text.matchAll(wordPattern)) {
    const token = tokenOf(word)
    if (token) tokens.push(token)
  }
  return tokens
}

/** Distinct search terms of a text, in order of first appearance. */
export function analyzeQuery(query: string): AnalyzedToken[] {
  const seen = new Set<string>()
  return analyze(query).filter((token) => !seen.has(token.term) && seen.add(token.term))
}

export { normalizeWord, wordSpans }
