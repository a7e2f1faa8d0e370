import { isIndexable, termOf } from '../analysis/analyze'

// Dutch joins compound parts with a linking -s-, -e-, -en- or -er- (verkeer-s-ongeval,
// kind-er-opvang); the modifier minus its link is the word a reader would search for.
const linkingEndings = ['en', 'er', 's', 'e']
const minHead = 4
const minModifier = 3
/**
 * Dutch compounds are head-final: a "verkeersongeval" is an "ongeval", so the head counts as
 * the word itself; the modifier ("verkeer") says less about the page and counts half.
 */
export const headWeight = 1
export const modifierWeight = 0.5

/** A search term a compound also stands for, with how much it counts. */
export interface CompoundPart {
  term: string
  weight: number
}

/**
 * Splits compounds against a vocabulary: "verkeersongeval" → ongeval (+ verkeer),
 * "schadevergoeding" → vergoeding (+ schade). A split needs a head that is itself a known word
 * (by surface or by stem); the longest such head wins, so "ongeval" is preferred to "geval".
 * The modifier must be a known word or at least four letters, which rejects "aan|gifte".
 */
export class CompoundSplitter {
  private readonly words = new Set<string>()
  private readonly terms = new Set<string>()
  private readonly cache = new Map<string, CompoundPart[]>()

  constructor(vocabulary: Iterable<string>) {
    for (const word of vocabulary) this.addWord(word)
  }

  /** Search terms of the parts of a compound (empty when it is no compound). */
  parts(word: string): CompoundPart[] {
    let result = this.cache.get(word)
    if (!result) {
      const best = new Map<string, number>()
      for (const part of this.split(word, 0)) best.set(part.term, Math.max(part.weight, best.get(part.term) ?? 0))
      result = [...best].map(([term, weight]) => ({ term, weight }))
      this.cache.set(word, result)
    }
    return result
  }

  private addWord(word: string): void {
    if (word.length < minModifier || !isIndexable(word)) return
    this.words.add(word)
    this.terms.add(termOf(word))
  }

  private isKnown(word: string): boolean {
    return this.words.has(word) || this.terms.has(termOf(word))
  }

  private knownModifier(modifier: string): string | undefined {
    if (this.isKnown(modifier)) return modifier
    for (const ending of linkingEndings) {
      const bare = modifier.slice(0, -ending.length)
      if (modifier.endsWith(ending) && bare.length >= minModifier && this.isKnown(bare)) return bare
    }
    return undefined
  }

  private split(word: string, depth: number): CompoundPart[] {
    if (depth > 1 || word.length < minHead + minModifier) return []
    for (let cut = minModifier; cut <= word.length - minHead; cut++) {
      const head = word.slice(cut)
      if (!this.isKnown(head)) continue
      const modifier = word.slice(0, cut)
      const known = this.knownModifier(modifier)
      if (!known && (modifier.length < 4 || !isIndexable(modifier))) continue
      return [
        { term: termOf(head), weight: headWeight },
        { term: termOf(known ?? modifier), weight: modifierWeight },
        ...this.split(head, depth + 1),
      ]
    }
    return []
  }
}
