import { analyze } from '../analysis/analyze'
import type { SynonymRule } from '../types'

/** A synonym rule in search terms: a query for `term` also finds any of `alternatives`. */
export interface SynonymExpansion {
  term: string
  /** each alternative is a phrase: a document matches it when it holds all its terms */
  alternatives: string[][]
}

/**
 * Parses the editors' rules ("straatroof" → "beroving, overval"). Rules whose term is more
 * than one word are skipped: the index expands single query terms only (see README).
 */
export function parseSynonyms(rules: readonly SynonymRule[]): SynonymExpansion[] {
  const byTerm = new Map<string, string[][]>()
  for (const rule of rules) {
    const key = analyze(rule.term)
    if (key.length !== 1) continue
    const term = key[0].term
    const alternatives = byTerm.get(term) ?? []
    for (const phrase of rule.synonyms.split(',')) {
      const terms = [...new Set(analyze(phrase).map((token) => token.term))]
      if (terms.length > 0 && !(terms.length === 1 && terms[0] === term)) alternatives.push(terms)
    }
    if (alternatives.length > 0) byTerm.set(term, alternatives)
  }
  return [...byTerm].map(([term, alternatives]) => ({ term, alternatives }))
}

/** All words in the rules, so the compound splitter knows them as words. */
export function synonymWords(rules: readonly SynonymRule[]): string[] {
  return rules.flatMap((rule) => analyze(`${rule.term} ${rule.synonyms}`).map((t) => t.surface))
}
