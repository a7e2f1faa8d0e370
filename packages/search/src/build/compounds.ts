import { isIndexable, termOf } from '../analysis/analyze'

// Dutch joins compound parts with a linking -s-, -e-, -en- or -er- (verkeer-s-ongeval,
// kind-er-opvang); the modifier minus its link is the word a reader would search for.
const linkingEndings = ['en', 'er', 's', 'e']
const minHead = 4
const minModifier = 3
/** Without a known head, a shorter modifier would split too much ("bed|reiging"). */
const minFallbackModifier = 4
/**
 * Dutch compounds are head-final: a "verkeersongeval" is an "ongeval", so the head counts as
 * the word itself. The modifier counts as much: the "Signalenwijzer" is the page about
 * "signalen" and a "schadevergoeding" is about "schade". (It counted half until issue 9; then a
 * query for "signalen" found course lessons that say "signalen" once above the signalenwijzer.)
 */
export const headWeight = 1
export const modifierWeight = 1

/**
 * A verb stem used as a modifier ("doorverwijs|tool", "zoek|functie", "leef|regels") is the
 * infinitive minus -en, with z → s and v → f at the end: the word a reader types is that
 * infinitive ("doorverwijzen").
 */
const verbStemInfinitives = (stem: string): string[] => {
  const infinitives = [`${stem}en`]
  if (stem.endsWith('s')) infinitives.push(`${stem.slice(0, -1)}zen`)
  if (stem.endsWith('f')) infinitives.push(`${stem.slice(0, -1)}ven`)
  return infinitives
}

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
 * When no head is known ("signalen|wijzer": nobody writes "wijzer" alone), a known modifier of
 * at least four letters is enough; the longest one wins. The unknown head is not indexed: the
 * cut is a guess there ("slachtoffers|chap" or "slachtoffer|schap"), the modifier is not.
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
    return verbStemInfinitives(modifier).find((infinitive) => this.isKnown(infinitive))
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
    return depth === 0 ? this.splitByModifier(word) : []
  }

  /** The fallback for a compound whose head the corpus never uses on its own. */
  private splitByModifier(word: string): CompoundPart[] {
    for (let cut = word.length - minHead; cut >= minFallbackModifier; cut--) {
      const modifier = word.slice(0, cut)
      const known = this.knownModifier(modifier)
      if (!known || known.length < minFallbackModifier) continue
      return [{ term: termOf(known), weight: modifierWeight }]
    }
    return []
  }
}
