import type { SearchDocument } from '../src/types'
import { adjectives, functionWords, nouns, verbs } from './dutch-vocabulary'

/** Deterministic PRNG (mulberry32), so a corpus is the same on every run. */
function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function plural(noun: string): string {
  return /[aeiou]$/.test(noun) || noun.endsWith('er') ? `${noun}s` : `${noun}en`
}

/** Content words with a long tail: base words, plurals, verb forms and noun compounds. */
function contentWords(next: () => number, compounds: number): string[] {
  const words = [...nouns, ...verbs, ...adjectives]
  for (const noun of nouns) words.push(plural(noun))
  for (const verb of verbs) words.push(verb.replace(/en$/, ''), `${verb.replace(/en$/, '')}t`)
  for (let i = 0; i < compounds; i++) {
    const a = nouns[Math.floor(next() * nouns.length)]
    const b = nouns[Math.floor(next() * nouns.length)]
    if (a !== b) words.push(`${a}${next() < 0.3 ? 's' : ''}${b}`)
  }
  return words
}

/** Zipf-like sampler: the r-th word is drawn with weight 1 / r. */
function zipf(words: string[], next: () => number): () => string {
  const cumulative: number[] = []
  let total = 0
  words.forEach((_, rank) => cumulative.push((total += 1 / (rank + 1))))
  return () => {
    const target = next() * total
    let low = 0
    let high = cumulative.length - 1
    while (low < high) {
      const mid = (low + high) >> 1
      if (cumulative[mid] < target) low = mid + 1
      else high = mid
    }
    return words[low]
  }
}

export interface SyntheticCorpusOptions {
  documents: number
  wordsPerDocument?: number
  seed?: number
}

/** Dutch-looking pages: sentences of content words (Zipf) with function words between them. */
export function syntheticCorpus({ documents, wordsPerDocument = 300, seed = 1 }: SyntheticCorpusOptions): SearchDocument[] {
  const next = random(seed)
  const content = zipf(contentWords(next, 8000), next)
  const functionWord = () => functionWords[Math.floor(next() * functionWords.length)]
  const docs: SearchDocument[] = []
  for (let id = 0; id < documents; id++) {
    const words: string[] = []
    while (words.length < wordsPerDocument) {
      const sentence: string[] = []
      const length = 6 + Math.floor(next() * 10)
      for (let i = 0; i < length; i++) sentence.push(next() < 0.4 ? functionWord() : content())
      sentence[0] = sentence[0][0].toUpperCase() + sentence[0].slice(1)
      words.push(...sentence.slice(0, -1), `${sentence[sentence.length - 1]}.`)
    }
    const title = [content(), content(), content()].join(' ')
    docs.push({ url: `/pagina/${id}/`, title: title[0].toUpperCase() + title.slice(1), text: words.join(' ') })
  }
  return docs
}
