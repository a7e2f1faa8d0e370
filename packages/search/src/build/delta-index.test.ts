import { describe, expect, it } from 'vitest'
import { searchInMemory } from '../in-memory'
import type { SearchDocument } from '../types'
import { buildSearchIndex } from './build-index'
import { buildSearchDelta } from './delta-index'

const doc = (url: string, title: string, text: string): SearchDocument => ({ url, title, text })
const pages = [
  doc('/a/', 'Woninginbraak', 'Na een inbraak voelt het huis niet meer veilig. Help met het slot en de verzekering.'),
  doc('/b/', 'Fraude', 'Bij oplichting via de bank: bel de bank en doe aangifte bij de politie.'),
  doc('/c/', 'Stalking', 'Iemand wordt gevolgd en lastiggevallen. Houd een logboek bij.'),
  doc('/d/', 'Zelfzorg', 'Helpen vraagt veel. Neem rust en praat met iemand over wat u meemaakt.'),
]

describe('buildSearchDelta', () => {
  it('answers like a full build of the same pages: a changed page, a removed one and a new one', async () => {
    const base = buildSearchIndex(pages)
    const manifest = JSON.parse(String(base.files.get('manifest.json')))
    const changed = doc('/b/', 'Fraude en oplichting', 'Bij phishing: bel meteen de bank. Aangifte doet u bij de politie.')
    const added = doc('/e/', 'Verkeersongeval', 'Na een ongeluk in het verkeer: de verzekering en de politie.')
    const delta = buildSearchDelta({ base: manifest, hidden: [1, 2], docs: [changed, added] })
    const incremental = new Map([...base.files, ...delta.files])
    const full = buildSearchIndex([pages[0], changed, pages[3], added]).files

    for (const query of ['phishing', 'politie', 'verzekering', 'logboek', 'stalking', 'bank', 'rust']) {
      const urls = async (files: typeof full) => (await searchInMemory(files, query)).map((r) => r.url).sort()
      expect(await urls(incremental), query).toEqual(await urls(full))
    }
    const [hit] = await searchInMemory(incremental, 'phishing')
    expect(hit).toMatchObject({ url: '/b/', title: 'Fraude en oplichting' })
    // The base's shards are left as they were; only the manifest and one delta file are new.
    expect([...delta.files.keys()]).toEqual(['manifest.json', expect.stringMatching(/^p\/.+\.json$/)])
  })

  it('replaces an earlier delta: the manifest names only the newest', () => {
    const base = JSON.parse(String(buildSearchIndex(pages).files.get('manifest.json')))
    const first = JSON.parse(String(buildSearchDelta({ base, hidden: [0], docs: [pages[0]] }).files.get('manifest.json')))
    const second = JSON.parse(
      String(buildSearchDelta({ base: first, hidden: [0, 1], docs: [pages[0], pages[1]] }).files.get('manifest.json')),
    )
    expect(second.delta).not.toBe(first.delta)
    expect(second.documents).toBe(4)
  })
})
