import { readFileSync } from 'node:fs'
import { FIXTURE_SNAPSHOT } from '@vsp/test-support/fixtures'
import { describe, expect, it } from 'vitest'
import { PER_SITE_COLLECTIONS, SNAPSHOT_COLLECTIONS, validateSnapshot, type Snapshot } from '@vsp/content-models'
import { checklistGroups, forSite, mediaById, modulesOfCourse, relatedToDelict, resolveRef, themesInSection } from './selectors'
import { siteUrls } from './urls'

const raw = JSON.parse(readFileSync(FIXTURE_SNAPSHOT, 'utf8'))
const result = validateSnapshot(raw)
if (!result.ok) throw new Error('fixture invalid')
const snapshot: Snapshot = result.snapshot

describe('forSite', () => {
  it('keeps the site own documents and those for both sites', () => {
    const helpers = forSite(snapshot, 'helpers')
    expect(helpers.themes.every((t) => t.site === 'helpers' || t.site === 'both')).toBe(true)
    expect(helpers.stappenplannen).toEqual([])
    expect(helpers.videos).toHaveLength(1) // site 'both'
    const professionals = forSite(snapshot, 'professionals')
    expect(professionals.checklists).toEqual([])
    expect(professionals.stappenplannen).toHaveLength(1)
  })

  it('filters every per-site collection of the content-types table and drops what the table does not list', () => {
    const doc = (site: string) => ({ id: site, site, section: 'iemand-ondersteunen', slug: site })
    const mixed = {
      ...snapshot,
      ...Object.fromEntries(
        PER_SITE_COLLECTIONS.map((slug) => [
          slug,
          [doc('helpers'), doc('professionals'), doc('both'), { ...doc('x'), id: 'no-site', site: undefined }],
        ]),
      ),
      'not-in-the-table': [doc('professionals')],
    } as unknown as Snapshot
    const helpers = forSite(mixed, 'helpers') as unknown as Record<string, { id: string }[]>
    for (const slug of PER_SITE_COLLECTIONS)
      expect(
        helpers[slug].map((d) => d.id),
        slug,
      ).toEqual(['helpers', 'both'])
    expect(helpers.media).toEqual(snapshot.media)
    expect(Object.keys(helpers).sort()).toEqual(['generatedAt', 'siteSettings', ...SNAPSHOT_COLLECTIONS].sort())
  })
})

describe('relationships', () => {
  it('resolves ids and populated documents, numbers and strings alike', () => {
    expect(resolveRef(1, snapshot.themes)?.slug).toBe('reageren-op-wat-iemand-doormaakt')
    expect(resolveRef('2', snapshot.themes)?.slug).toBe('ondersteunen-bij-aangifte')
    expect(resolveRef({ id: 3 }, snapshot.themes)?.slug).toBe('tips-voor-zelfzorg')
    expect(resolveRef(999, snapshot.themes)).toBeUndefined()
    expect(mediaById(snapshot, snapshot.videos[0].poster)?.alt).toMatch(/buurvrouwen/)
  })

  // Issue 11: the site used to pull wi-3 up next to wi-1, so it showed another order than the admin.
  it('keeps checklist items in the editor order, with a theme heading for each run of one theme', () => {
    const checklist = snapshot.checklists[0]
    const groups = checklistGroups(snapshot, checklist)
    expect(groups.flatMap((g) => g.items.map((i) => i.id))).toEqual(checklist.items.map((i) => i.id))
    expect(groups.map((g) => g.theme?.slug)).toEqual([
      'reageren-op-wat-iemand-doormaakt',
      'ondersteunen-bij-aangifte',
      'reageren-op-wat-iemand-doormaakt',
      'tips-voor-zelfzorg',
    ])
    const [first, second] = checklist.items
    const together = checklistGroups(snapshot, { ...checklist, items: [first, { ...second, theme: first.theme }] })
    expect(together.map((g) => g.items.length)).toEqual([2])
  })

  it('finds related content by delict, without the document itself', () => {
    const related = relatedToDelict(snapshot, 'woninginbraak', 1)
    expect(related.checklists).toEqual([])
    expect(related.themes.map((t) => t.slug)).toContain('ondersteunen-bij-aangifte')
  })

  it('orders sections and modules', () => {
    expect(themesInSection(snapshot, 'situatie').map((t) => t.slug)).toEqual(['ik-heb-vermoedens', 'incident-op-school'])
    expect(modulesOfCourse(snapshot, 1).map((m) => m.order)).toEqual([1, 2])
  })
})

describe('siteUrls', () => {
  it('places themes per site and section', () => {
    const helpers = siteUrls('helpers')
    const professionals = siteUrls('professionals')
    expect(helpers.theme({ section: 'iemand-ondersteunen', slug: 'x' })).toBe('/iemand-ondersteunen/x/')
    expect(() => helpers.theme({ section: 'situatie', slug: 'x' })).toThrow(/geen pagina op de site helpers/)
    expect(professionals.theme({ section: 'situatie', slug: 'x' })).toBe('/situaties/x/')
    expect(professionals.theme({ section: 'sector', slug: 'zorg' })).toBe('/sectoren/zorg/')
    expect(professionals.theme({ section: 'doorverwijzen', slug: 'verwijzen' })).toBe('/verwijzen/')
    expect(() => professionals.theme({ section: 'trainingen', slug: 'trainingen' })).toThrow(/geen pagina/)
    expect(() => professionals.theme({ section: 'doorverwijzen', slug: 'tools' })).toThrow(/geen pagina/)
    expect(helpers.lesson({ slug: 'm' }, 0)).toBe('/cursus/m/1/')
    expect(professionals.lesson({ slug: 'm' }, 1)).toBe('/trainingen/m/2/')
    expect(helpers.tool({ slug: 't' })).toBe('/tools/t/')
    expect([helpers.tools, helpers.tips, helpers.shareTip, professionals.adviceLine]).toEqual([
      '/tools/',
      '/tips/',
      '/tips/delen/',
      '/advieslijn/',
    ])
  })

  it('gives every theme of a site its page: forSite leaves out the themes a site has none for', () => {
    for (const site of ['helpers', 'professionals'] as const) {
      const content = forSite(snapshot, site)
      expect(content.themes.length).toBeGreaterThan(0)
      for (const theme of content.themes) expect(siteUrls(site).theme(theme)).toMatch(/^\/[a-z0-9/-]+\/$/)
    }
    const reserved = { ...snapshot.themes.find((t) => t.section === 'doorverwijzen')!, slug: 'advieslijn' }
    expect(forSite({ ...snapshot, themes: [reserved] }, 'professionals').themes).toEqual([])
  })
})
