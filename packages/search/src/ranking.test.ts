import { describe, expect, it } from 'vitest'
import { buildSearchIndex } from './build/build-index'
import { searchInMemory } from './in-memory'
import { maxShortTitleFactor, shortTitleFactor } from './format/weights'
import type { SearchDocument } from './types'

const urls = async (docs: SearchDocument[], query: string) => (await searchInMemory(buildSearchIndex(docs).files, query)).map((r) => r.url)

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
      // Titles of the same length: a shorter title counts more (shortTitleFactor).
      { url: '/beroofd/', title: 'Straat beroofd', text: 'Beroofd op straat.' },
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

  it('counts a title match more when the title is short, never less than the flat boost', () => {
    expect(shortTitleFactor(1, 4)).toBeGreaterThan(shortTitleFactor(3, 4))
    expect(shortTitleFactor(1, 4)).toBeLessThanOrEqual(maxShortTitleFactor)
    expect(shortTitleFactor(12, 4)).toBe(1)
  })

  it('ranks the page named for the query above a page that only has the word in a long title and the body', async () => {
    const docs = [
      ...filler,
      {
        url: '/les/',
        title: 'Signaleren en het gesprek beginnen',
        text: 'Tips voor het gesprek: begin met wat u ziet. Een gesprek kost tijd.',
      },
      { url: '/gesprekstips/', title: 'Gesprekstips', text: 'Begin rustig en luister.' },
    ]
    expect((await urls(docs, 'tips voor het gesprek'))[0]).toBe('/gesprekstips/')
  })

  it('weighs a heading above the body and below the title', async () => {
    const body = { url: '/body/', title: 'Eerste pagina', text: 'Over letselschade bij een ongeval. Meer tekst.' }
    const heading = {
      url: '/heading/',
      title: 'Tweede pagina',
      text: 'Letselschade. Over een ongeval. Meer tekst.',
      headings: 'Letselschade',
    }
    const title = { url: '/title/', title: 'Letselschade', text: 'Over een ongeval. Meer tekst.' }
    expect(await urls([...filler, body, heading, title], 'letselschade')).toEqual(['/title/', '/heading/', '/body/'])
  })

  it('refuses a weight that is not a positive number', () => {
    for (const weight of [0, -1, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => buildSearchIndex([{ url: '/x/', title: 'x', text: 'y', weight }])).toThrow(/weight/)
    }
  })
})
