import stemmerSupport from 'lunr-languages/lunr.stemmer.support.js'
import dutchPlugin from 'lunr-languages/lunr.nl.js'

// lunr-languages only needs a lunr-shaped host to hang its Dutch stemmer and stop-word list on.
// A stub host keeps lunr's core (~8 KB gzip) out of the browser bundle: we use our own index.
interface DutchHost {
  Pipeline: { registerFunction: () => void }
  generateStopWordFilter: (words: string[]) => string[]
  nl?: { stemmer: (word: string) => string; stopWordFilter: string[] }
  [key: string]: unknown
}

const host: DutchHost = {
  Pipeline: { registerFunction: () => {} },
  generateStopWordFilter: (words) => words,
}
stemmerSupport(host)
dutchPlugin(host)

if (!host.nl) throw new Error('lunr-languages did not register the Dutch plugin')
const snowball = host.nl.stemmer

/** Dutch stop words (lunr-languages' list), already free of diacritics. */
export const dutchStopWords: ReadonlySet<string> = new Set(host.nl.stopWordFilter.filter(Boolean))

const doubledFinalConsonant = /([bcdfghjklmnpqrstvwxz])\1$/
const doubledVowelBeforeFinalConsonant = /([aeou])\1([bcdfghjklmnpqrstvwxz])$/

/**
 * The Snowball Dutch stemmer plus small spelling normalisations. Snowball alone leaves
 * "fiets"→"fiet" but "fietsen"→"fiets", "ongevallen"→"ongevall" and "seksueel" apart from
 * "seksuele"→"seksuel"; a second pass and undoubling the end unify these forms.
 */
export function stemDutch(word: string): string {
  // Snowball keeps the plural -s after j ("meisjes"), so diminutive plurals need a nudge.
  const input = word.length >= 5 && word.endsWith('jes') ? word.slice(0, -1) : word
  let current = snowball(input)
  // A second pass only when the first just dropped a plural "-s" (jongens → jongen → jong) or
  // the second just drops a stacked "-s"/"-e" (fietsen → fiets → fiet); a free second pass
  // over-stems ("verlening" → "verlen" → "verl").
  const again = snowball(current)
  if (current === input.slice(0, -1) || again === current.slice(0, -1)) current = again
  if (current.length >= 5) current = current.replace(doubledFinalConsonant, '$1')
  if (current.length >= 5) current = current.replace(doubledVowelBeforeFinalConsonant, '$1$2')
  return current
}
