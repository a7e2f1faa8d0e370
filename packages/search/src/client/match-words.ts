import { isIndexable, termOf } from '../analysis/analyze'

/** Decides whether a word of a result should be marked as a match of the query. */
export type WordMatcher = (normalized: string) => boolean

/**
 * Marks a word whose term is a query term (or a synonym the index expanded it to), and a word
 * that contains one of at least four letters: the compound "verkeersongeval" for "ongeval".
 */
export function createWordMatcher(keys: Iterable<string>): WordMatcher {
  const exact = new Set(keys)
  const parts = [...exact].filter((key) => key.length >= 4)
  return (normalized) => {
    if (!isIndexable(normalized)) return false
    const term = termOf(normalized)
    if (exact.has(term) || exact.has(normalized)) return true
    return parts.some((part) => normalized.includes(part) || term.includes(part))
  }
}
