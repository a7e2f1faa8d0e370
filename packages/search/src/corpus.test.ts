import { describe, expect, it } from 'vitest'
import { syntheticCorpus } from '../bench/synthetic-corpus'
import { buildSearchIndex } from './build/build-index'
import { searchInMemory } from './in-memory'
import type { SearchDocument } from './types'

// Ten pages a visitor looks for, each with the query a visitor would type. The 2,000 synthetic
// pages around them use the same words (ongeval, vergoeding, beroving, fiets, aangifte …) in
// their bodies and compound titles, so a target only wins on relevance, not on being alone.
const targets: { query: string; doc: SearchDocument }[] = [
  {
    query: 'ongeval',
    doc: {
      url: '/t/verkeersongeval/',
      title: 'Verkeersongeval: wat u kunt doen',
      text: 'Na een verkeersongeval is iemand in shock. Blijf erbij en bel 112.',
    },
  },
  {
    query: 'vergoeding',
    doc: {
      url: '/t/schadevergoeding/',
      title: 'Schadevergoeding aanvragen',
      text: 'Een slachtoffer kan schadevergoeding vragen bij de rechter of het Schadefonds.',
    },
  },
  {
    query: 'straatroof',
    doc: {
      url: '/t/beroving/',
      title: 'Na een beroving',
      text: 'Een beroving op straat maakt mensen onzeker. Luister en help bij aangifte.',
    },
  },
  {
    query: 'sexting',
    doc: {
      url: '/t/online/',
      title: 'Online seksuele intimidatie bij jongeren',
      text: 'Online seksuele intimidatie: naaktfoto’s die worden gedeeld.',
    },
  },
  { query: 'fietsen', doc: { url: '/t/fiets/', title: 'Uw fiets is gestolen', text: 'Een gestolen fiets meldt u bij de politie.' } },
  {
    query: 'suïcide',
    doc: { url: '/t/suicide/', title: 'Nabestaanden na suicide', text: 'Na een suicide hebben nabestaanden lang steun nodig.' },
  },
  {
    query: 'stalking ex',
    doc: { url: '/t/stalking/', title: 'Stalking door een ex', text: 'Stalking door een ex-partner: berichten, volgen, dreigen.' },
  },
  {
    query: 'inbraak',
    doc: { url: '/t/woninginbraak/', title: 'Woninginbraak', text: 'Na een woninginbraak voelt het huis niet meer veilig.' },
  },
  {
    query: 'aangifte doen',
    doc: { url: '/t/aangifte/', title: 'Ondersteunen bij aangifte doen', text: 'Aangifte doen bij de politie: zo gaat u mee.' },
  },
  {
    query: 'tips zelfzorg',
    doc: { url: '/t/zelfzorg/', title: 'Tips voor zelfzorg', text: 'Zelfzorg voor helpers: slaap, beweging en iemand om mee te praten.' },
  },
]
const synonyms = [
  { term: 'straatroof', synonyms: 'beroving, overval' },
  { term: 'sexting', synonyms: 'online seksuele intimidatie' },
]

describe('a generated corpus of 2,000 Dutch pages', () => {
  const corpus = syntheticCorpus({ documents: 2000, seed: 7 })
  // Spread the targets through the corpus, as real pages would be.
  const docs = [...corpus]
  targets.forEach(({ doc }, i) => docs.splice(i * 199 + 17, 0, doc))
  const { files } = buildSearchIndex(docs, { synonyms })

  it('finds each planted target in the top 3', async () => {
    const misses: string[] = []
    for (const { query, doc } of targets) {
      const top = (await searchInMemory(files, query, { limit: 3 })).map((result) => result.url)
      if (!top.includes(doc.url)) misses.push(`${query} → ${top.join(', ')}`)
    }
    expect(misses).toEqual([])
  })

  it('finds many pages for a common word, not just the target', async () => {
    expect(await searchInMemory(files, 'ongeval', { limit: 50 })).toHaveLength(50)
  })
})
