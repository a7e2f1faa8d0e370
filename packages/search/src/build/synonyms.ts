import { analyze } from '../analysis/analyze'
import type { SynonymRule } from '../types'

/**
 * A synonym rule in search terms: a query for `terms` also finds any of `alternatives`. A page
 * that holds an alternative is indexed under each of the rule's terms; for a rule of one word
 * that is the word, for "auto ongeluk" → verkeersongeval it is "auto" and "ongeluk", so the
 * query (two terms, as the client sees it) finds the page through both.
 */
export interface SynonymExpansion {
  terms: string[]
  /** each alternative is a phrase: a document matches it when it holds all its terms */
  alternatives: string[][]
}

/**
 * Parses the editors' rules ("straatroof" → "beroving, overval"; "auto ongeluk" →
 * "verkeersongeval"). Rules with the same words are merged. An alternative that is the rule's
 * own word (or holds all of its words) is dropped: it would only count the page twice.
 */
export function parseSynonyms(rules: readonly SynonymRule[]): SynonymExpansion[] {
  const byKey = new Map<string, SynonymExpansion>()
  for (const rule of rules) {
    const terms = [...new Set(analyze(rule.term).map((token) => token.term))]
    if (terms.length === 0) continue
    const key = terms.join(' ')
    const expansion = byKey.get(key) ?? { terms, alternatives: [] }
    for (const phrase of rule.synonyms.split(',')) {
      const alternative = [...new Set(analyze(phrase).map((token) => token.term))]
      if (alternative.length > 0 && !terms.every((term) => alternative.includes(term))) expansion.alternatives.push(alternative)
    }
    if (expansion.alternatives.length > 0) byKey.set(key, expansion)
  }
  return [...byKey.values()]
}

/** All words in the rules, so the compound splitter knows them as words. */
export function synonymWords(rules: readonly SynonymRule[]): string[] {
  return rules.flatMap((rule) => analyze(`${rule.term} ${rule.synonyms}`).map((t) => t.surface))
}
