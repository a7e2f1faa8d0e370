import type { AnalyzedToken } from '../analysis/analyze'
import type { CompoundSplitter } from './compounds'
import type { SynonymExpansion } from './synonyms'

/** A match through an editors' synonym counts a little less than the word itself. */
export const synonymWeight = 0.8

/** Term frequencies of one document, per field; fractional where a match is derived. */
export interface DocumentTerms {
  text: Map<string, number>
  title: Map<string, number>
  headings: Map<string, number>
  /** number of indexed tokens in the text, for BM25 length normalisation */
  length: number
  /** number of indexed tokens in the title (compound parts not counted) */
  titleLength: number
}

function add(map: Map<string, number>, term: string, amount: number): void {
  map.set(term, (map.get(term) ?? 0) + amount)
}

function countField(tokens: AnalyzedToken[], splitter: CompoundSplitter): Map<string, number> {
  const counts = new Map<string, number>()
  for (const token of tokens) {
    add(counts, token.term, 1)
    for (const part of splitter.parts(token.surface)) {
      if (part.term !== token.term) add(counts, part.term, part.weight)
    }
  }
  return counts
}

/** Strength of a phrase in a field: how often its rarest term occurs (0 if one is missing). */
function phraseCount(counts: Map<string, number>, phrase: string[]): number {
  return Math.min(...phrase.map((term) => counts.get(term) ?? 0))
}

function expandSynonyms(counts: Map<string, number>, synonyms: SynonymExpansion[]): void {
  const additions: [string, number][] = []
  for (const { terms, alternatives } of synonyms) {
    for (const term of terms) {
      // "huiselijk geweld" → "geweld": the page already holds "geweld"; it gains "huiselijk" only.
      const best = Math.max(0, ...alternatives.filter((phrase) => !phrase.includes(term)).map((phrase) => phraseCount(counts, phrase)))
      if (best > 0) additions.push([term, best * synonymWeight])
    }
  }
  // Added after all rules are read, so one synonym never feeds the next.
  for (const [term, amount] of additions) add(counts, term, amount)
}

/** The analysed fields of one document. */
export interface AnalyzedFields {
  title: AnalyzedToken[]
  text: AnalyzedToken[]
  headings: AnalyzedToken[]
}

export function documentTerms(fields: AnalyzedFields, splitter: CompoundSplitter, synonyms: SynonymExpansion[]): DocumentTerms {
  const count = (tokens: AnalyzedToken[]) => {
    const counts = countField(tokens, splitter)
    expandSynonyms(counts, synonyms)
    return counts
  }
  return {
    text: count(fields.text),
    title: count(fields.title),
    headings: count(fields.headings),
    length: fields.text.length,
    titleLength: fields.title.length,
  }
}
