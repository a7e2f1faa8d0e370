import { describe, expect, it } from 'vitest'
import { buildSearchIndex } from './build/build-index'
import { searchInMemory } from './in-memory'
import type { SearchDocument } from './types'

const urls = async (docs: SearchDocument[], query: string) =>
  (await searchInMemory(buildSearchIndex(docs).files, query)).map((r) => r.url)

// Filler pages that use the common words, so their IDF is low and "beroofd" is rare.
const filler: SearchDocument[] = Array.from({ length: 20 }, (_, i) => ({
  url: `/verhaal/${i}/`,
  title: `Verhaal ${i}`,
  text: `Mijn zoon en mijn dochter praten erover met de buren, dag ${i}.`,
}))

describe('ranking', () => {
  it('ranks the page with the rare query word above pages with only the common ones', async () => {
    const docs = [...filler, { url: '/beroving/', title: 'Na een beroving', text: 'Wie is beroofd, is vaak bang op straat.' }]
    expect((await urls(docs, 'mijn zoon is beroofd'))[0]).toBe('/beroving/')
  })

  it('still ranks a page with every query word above one with a single word of the same strength', async () => {
    const docs = [
      ...filler,
      { url: '/beroofd/', title: 'Beroofd', text: 'Beroofd op straat.' },
      { url: '/zoon-beroofd/', title: 'Zoon beroofd', text: 'Beroofd op straat.' },
    ]
    expect((await urls(docs, 'zoon beroofd'))[0]).toBe('/zoon-beroofd/')
  })

  it('lowers a page by its weight, so a listing page ranks below the page it lists', async () => {
    const page = { url: '/checklists/fraude/', title: 'Fraude', text: 'Wat u doet na fraude.' }
    const listing = { url: '/checklists/', title: 'Checklists', text: 'Fraude: wat u doet na fraude. Geweld. Stalking.' }
    expect(await urls([listing, page], 'fraude')).toEqual(['/checklists/fraude/', '/checklists/'])
    const heavy = { ...listing, title: 'Fraude en meer', text: 'Fraude, fraude, fraude.' }
    expect((await urls([heavy, page], 'fraude'))[0]).toBe('/checklists/')
    expect((await urls([{ ...heavy, weight: 0.5 }, page], 'fraude'))[0]).toBe('/checklists/fraude/')
  })

  it('refuses a weight that is not a positive number', () => {
    for (const weight of [0, -1, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => buildSearchIndex([{ url: '/x/', title: 'x', text: 'y', weight }])).toThrow(/weight/)
    }
  })
})
