import { describe, expect, it } from 'vitest'
import { buildDocShards, buildSearchIndex } from './build/build-index'
import { createSearchClient } from './client/create-client'
import { createMemoryFetch, searchInMemory } from './in-memory'
import type { SearchDocument } from './types'

const docs: SearchDocument[] = [
  {
    url: '/checklists/verkeersongeval/',
    title: 'Verkeersongeval',
    text: 'Iemand in uw omgeving is aangereden. Zo kunt u helpen na de klap.',
  },
  {
    url: '/themas/schadevergoeding/',
    title: 'Ondersteunen bij schadevergoeding',
    text: 'Een slachtoffer heeft recht op vergoeding van de kosten.',
  },
  { url: '/checklists/overval/', title: 'Overval of beroving', text: 'Na een beroving op straat is iemand vaak geschrokken en bang.' },
  {
    url: '/checklists/online/',
    title: 'Online seksuele intimidatie',
    text: 'Naaktfoto’s die rondgaan, berichten die niet stoppen: zo helpt u.',
  },
  { url: '/themas/fietsen/', title: 'Veilig fietsen naar school', text: 'Kinderen die fietsen leren letten op het verkeer.' },
  { url: '/themas/fiets/', title: 'Uw fiets is gestolen', text: 'Een gestolen fiets meldt u bij de politie.' },
  { url: '/checklists/zelfdoding/', title: 'Nabestaande na zelfdoding', text: 'Na een suïcide hebben nabestaanden steun nodig.' },
  { url: '/themas/zelfzorg/', title: 'Tips voor zelfzorg', text: 'Zorg ook voor uzelf. Slaap, beweeg en praat erover.' },
  {
    url: '/verhalen/fraude/',
    title: 'Ervaringsverhaal',
    text: 'Mijn moeder werd opgelicht. Fraude via de telefoon, fraude per mail, fraude overal.',
  },
  { url: '/checklists/fraude/', title: 'Fraude', text: 'Wat u kunt doen als iemand is opgelicht.' },
]
const synonyms = [
  { term: 'straatroof', synonyms: 'beroving, overval' },
  { term: 'sexting', synonyms: 'online seksuele intimidatie' },
  { term: 'auto ongeluk', synonyms: 'verkeersongeval' },
]
const { files } = buildSearchIndex(docs, { synonyms })
const urls = async (query: string) => (await searchInMemory(files, query)).map((r) => r.url)

describe('search over a built index', () => {
  it('finds compounds by their last part', async () => {
    expect(await urls('ongeval')).toEqual(['/checklists/verkeersongeval/'])
    expect(await urls('vergoeding')).toContain('/themas/schadevergoeding/')
    expect((await urls('vergoeding'))[0]).toBe('/themas/schadevergoeding/')
  })

  it('finds inflected forms both ways', async () => {
    const both = ['/themas/fiets/', '/themas/fietsen/']
    expect((await urls('fiets')).sort()).toEqual(both)
    expect((await urls('fietsen')).sort()).toEqual(both)
  })

  it('ignores diacritics both ways', async () => {
    expect(await urls('suicide')).toEqual(['/checklists/zelfdoding/'])
    expect(await urls('suïcide')).toEqual(['/checklists/zelfdoding/'])
  })

  it('expands the editors’ synonyms, multi-word ones as all their words', async () => {
    expect(await urls('straatroof')).toEqual(['/checklists/overval/'])
    expect(await urls('sexting')).toEqual(['/checklists/online/'])
    const [result] = await searchInMemory(files, 'straatroof')
    expect(result.snippet).toContain('<mark>beroving</mark>')
  })

  it('expands a rule of several words word by word: "auto ongeluk" finds the verkeersongeval page', async () => {
    expect(await urls('auto ongeluk')).toEqual(['/checklists/verkeersongeval/'])
    expect(await urls('ongeluk')).toEqual(['/checklists/verkeersongeval/'])
    const [result] = await searchInMemory(files, 'auto ongeluk')
    expect(result.titleHtml).toContain('<mark>Verkeersongeval</mark>')
  })

  it('ranks a title match above a body match, however often the body says it', async () => {
    expect(await urls('fraude')).toEqual(['/checklists/fraude/', '/verhalen/fraude/'])
  })

  it('ranks documents with all query words first', async () => {
    expect((await urls('fiets school'))[0]).toBe('/themas/fietsen/')
  })

  it('returns a title, a marked snippet and a score', async () => {
    const [result] = await searchInMemory(files, 'klap')
    expect(result).toMatchObject({ url: '/checklists/verkeersongeval/', title: 'Verkeersongeval' })
    expect(result.snippet).toContain('<mark>klap</mark>')
    expect(result.score).toBeGreaterThan(0)
  })

  it('returns nothing for stop words only or unknown words', async () => {
    expect(await searchInMemory(files, 'de het een')).toEqual([])
    expect(await searchInMemory(files, 'xylofoon')).toEqual([])
  })

  it('honours the limit', async () => {
    expect(await searchInMemory(files, 'fiets', { limit: 1 })).toHaveLength(1)
  })
})

describe('security (CWE-79)', () => {
  const evil: SearchDocument = {
    url: '/evil/',
    title: '<script>alert(1)</script> overval',
    text: 'Een overval <img src=x onerror=alert(1)> en <script>steal()</script>.',
  }
  const index = buildSearchIndex([evil])

  it('keeps markup in titles and text escaped in titleHtml and snippet', async () => {
    const [result] = await searchInMemory(index.files, 'overval')
    expect(result.titleHtml).toBe('&lt;script&gt;alert(1)&lt;/script&gt; <mark>overval</mark>')
    expect(result.snippet).not.toMatch(/<(script|img)/)
    expect(result.snippet).toContain('&lt;img src=x onerror=alert(1)&gt;')
    // The plain title is meant for a text node; it is returned as written.
    expect(result.title).toBe(evil.title)
  })

  it('refuses result URLs that could run script', () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,x', '//evil.example/', 'JaVaScRiPt:x']) {
      expect(() => buildSearchIndex([{ url, title: 'x', text: 'y' }])).toThrow(/url/)
    }
  })
})

describe('sharding', () => {
  it('fetches the manifest, one term shard and the doc shards of the shown results only', async () => {
    const many = Array.from({ length: 300 }, (_, i) => ({ url: `/p/${i}/`, title: `Pagina ${i}`, text: `tekst nummer${i} over steun` }))
    const built = buildSearchIndex([...docs, ...many], { shardCount: 16 })
    const fetched: string[] = []
    const memory = createMemoryFetch(built.files)
    const client = createSearchClient({
      baseUrl: 'memory:/search/',
      fetch: (input, init) => (fetched.push(String(input)), memory(input, init)),
    })
    const results = await client.search('ongeval', { limit: 5 })
    expect(results).toHaveLength(1)
    const termShards = fetched.filter((path) => path.includes('/t/'))
    const docShards = fetched.filter((path) => path.includes('/d/'))
    expect(fetched[0]).toBe('memory:/search/manifest.json')
    expect(termShards).toHaveLength(1)
    expect(docShards).toHaveLength(1)
    expect(fetched).toHaveLength(3)

    fetched.length = 0
    await client.search('steun', { limit: 3 })
    expect(fetched.filter((path) => path.includes('/t/'))).toHaveLength(1)
    expect(fetched.filter((path) => path.includes('/d/'))).toHaveLength(3)
    expect(fetched).not.toContain('memory:/search/manifest.json')
  })

  it('splits the terms over the requested number of shards', () => {
    const built = buildSearchIndex(docs, { shardCount: 4, docsPerShard: 3 })
    const names = [...built.files.keys()]
    expect(names.filter((name) => name.startsWith('t/'))).toHaveLength(4)
    expect(names.filter((name) => name.startsWith('d/'))).toHaveLength(Math.ceil(docs.length / 3))
  })

  it('gives a changed index new file names, so caches never mix builds', () => {
    const changed = buildSearchIndex([...docs, { url: '/nieuw/', title: 'Nieuw', text: 'nieuw' }], { synonyms })
    const shardNames = (f: Map<string, unknown>) => [...f.keys()].filter((k) => k !== 'manifest.json')
    expect(shardNames(changed.files)).not.toContain(shardNames(files)[0])
  })

  it('names the doc shards by the documents alone, so they can be written before the terms are counted', () => {
    const names = (f: Map<string, unknown>, prefix: string) => [...f.keys()].filter((k) => k.startsWith(prefix))
    const withoutSynonyms = buildSearchIndex(docs)
    // Other synonyms: other term shards, the same documents.
    expect(names(withoutSynonyms.files, 't/')).not.toEqual(names(files, 't/'))
    expect(names(withoutSynonyms.files, 'd/')).toEqual(names(files, 'd/'))
    const shards = buildDocShards(docs, { synonyms })
    expect([...shards.files.keys()]).toEqual(names(files, 'd/'))
    expect(buildSearchIndex(docs, { synonyms }, shards).files).toEqual(files)
    const manifest = JSON.parse(String(files.get('manifest.json')))
    expect(manifest).toMatchObject({ format: 2, docsVersion: shards.docsVersion })
    expect(manifest.version).not.toBe(shards.docsVersion)
  })
})
