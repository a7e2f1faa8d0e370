/**
 * The sites built from the fixture snapshot: exactly the pages the fixture gives each site, and
 * what those pages show (content, page models, structured data, review dates).
 */
import { readdir } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { SITE_NAMES, type SiteName } from '@vsp/content-models'
import { forSite, routeSegments } from '@vsp/ui'
import { contentPages, pageText, searchDocument } from '@vsp/ui/page-models'
import { builtPages, useFixtureSites } from '@vsp/test-support'
import { fixture, mainInner, mainText } from './support'

const SITES = SITE_NAMES
const { out, html } = useFixtureSites()

/**
 * Every page the fixture snapshot must give each site, written out from the fixture by hand: not
 * computed with forSite and siteUrls, which the build itself uses, so a broken filter or route
 * fails here instead of moving the expectation along with it.
 */
const FIXTURE_PAGES: Record<SiteName, string[]> = {
  helpers: [
    '/',
    '/zoeken/',
    '/404.html',
    '/contact/',
    '/tips/',
    '/tips/delen/',
    '/tools/',
    '/videos/',
    '/checklists/',
    '/cursus/',
    '/iemand-ondersteunen/',
    '/goed-voor-uzelf-zorgen/',
    '/hoe-doen-anderen-het/',
    '/begeleiding-en-cursus/',
    '/checklists/woninginbraak/',
    '/checklists/fraude/',
    '/videos/ervaringsverhaal-buurvrouw/',
    '/iemand-ondersteunen/reageren-op-wat-iemand-doormaakt/',
    '/iemand-ondersteunen/ondersteunen-bij-aangifte/',
    '/goed-voor-uzelf-zorgen/tips-voor-zelfzorg/',
    '/hoe-doen-anderen-het/ervaringsverhalen/',
    '/begeleiding-en-cursus/een-op-een-begeleiding/',
    '/cursus/in-8-stappen-beter-helpen/',
    '/cursus/in-8-stappen-beter-helpen/1/',
    '/cursus/in-8-stappen-beter-helpen/2/',
    '/cursus/in-8-stappen-beter-helpen/3/',
    '/cursus/communiceren-met-een-slachtoffer/',
    '/cursus/communiceren-met-een-slachtoffer/1/',
    '/cursus/communiceren-met-een-slachtoffer/2/',
    '/tools/zelfscan-tijdsbesteding/',
    '/tools/test-oordeelloos-luisteren/',
    '/tools/doorverwijstool/',
    '/tools/start-een-steungroep/',
    '/privacy/',
    '/toegankelijkheid/',
    '/veilig-browsen/',
    '/lp/iemand-steunen/',
  ],
  professionals: [
    '/',
    '/zoeken/',
    '/404.html',
    '/advieslijn/',
    '/tools/',
    '/videos/',
    '/stappenplannen/',
    '/trainingen/',
    '/stappenplannen/nazorg-bij-suicide-op-school/',
    '/videos/ervaringsverhaal-buurvrouw/',
    '/situaties/ik-heb-vermoedens/',
    '/situaties/incident-op-school/',
    '/sectoren/onderwijs/',
    '/signalenwijzer/',
    '/doorverwijstool/',
    '/trainingen/in-8-stappen-beter-helpen/',
    '/trainingen/in-8-stappen-beter-helpen/1/',
    '/trainingen/in-8-stappen-beter-helpen/2/',
    '/trainingen/in-8-stappen-beter-helpen/3/',
    '/trainingen/communiceren-met-een-slachtoffer/',
    '/trainingen/communiceren-met-een-slachtoffer/1/',
    '/trainingen/communiceren-met-een-slachtoffer/2/',
    '/tools/quickscan-grensoverschrijdend-gedrag/',
    '/tools/doorverwijstool/',
    '/situaties/',
    '/sectoren/',
    '/contact/',
    '/privacy/',
    '/toegankelijkheid/',
    '/lp/nieuwsbrief-professionals/',
  ],
}
/** Top-level folders of a build that are theme pages or sections, not the site's own routes. */
const CONTENT_FOLDERS: Record<SiteName, string[]> = {
  helpers: ['begeleiding-en-cursus', 'goed-voor-uzelf-zorgen', 'hoe-doen-anderen-het', 'iemand-ondersteunen'],
  professionals: ['doorverwijstool', 'signalenwijzer'],
}

describe.each(SITES)('the %s site built from the fixture snapshot', (site) => {
  it('has exactly the pages of the fixture: every checklist, stappenplan, video, theme, module, lesson and tool', async () => {
    // Exactly: no stale content from an earlier build, no document of the other site.
    expect(await builtPages(out[site])).toEqual([...FIXTURE_PAGES[site]].sort())
  })

  it('builds only routes SITE_ROUTES knows (what a professionals theme slug may not take)', async () => {
    const folders = (await readdir(out[site], { withFileTypes: true }))
      .filter((e) => e.isDirectory() && e.name !== '_astro')
      .map((e) => e.name)
    const known = routeSegments(site)
    expect(folders.filter((name) => !known.includes(name)).sort()).toEqual(CONTENT_FOLDERS[site])
  })
})

describe('page content', () => {
  const main = mainInner
  const text = mainText
  const heading = (source: string) =>
    /<h1\b[^>]*>([\s\S]*?)<\/h1>/
      .exec(main(source))?.[1]
      .replace(/<[^>]+>/g, '')
      .trim()

  it('a checklist page shows its title, its intro and every item in <main>', async () => {
    const source = await html('helpers', '/checklists/woninginbraak/')
    expect(heading(source)).toBe('Checklist bij woninginbraak')
    expect(text(source)).toContain('Een inbraak voelt als een inbreuk op het veiligste plekje.')
    for (const item of [
      'Bied aan om de eerste nacht te blijven slapen.',
      'Help bij het doen van aangifte.',
      'Vraag hoe het gaat, ook na een paar weken.',
    ]) {
      expect(text(source)).toContain(item)
    }
  })

  it.each([
    [
      'helpers',
      '/iemand-ondersteunen/reageren-op-wat-iemand-doormaakt/',
      'Reageren op wat iemand doormaakt',
      'Over reageren op wat iemand doormaakt leest u hier meer.',
    ],
    ['professionals', '/signalenwijzer/', 'Signalenwijzer', 'Over signalenwijzer leest u hier meer.'],
  ] as const)('a theme page of %s shows its title and body in <main> (%s)', async (site, page, title, body) => {
    const source = await html(site, page)
    expect(heading(source)).toBe(title)
    expect(main(source)).toMatch(/<h2\b[^>]*>Wat speelt er<\/h2>/)
    expect(text(source)).toContain(body)
  })
})

/**
 * The page models say what a page shows; the search-quality check indexes what they say. Both
 * hold only if the built page says exactly that: same h1, same words, same headings.
 */
describe.each(SITES)('the %s site renders what its page models say', (site) => {
  const words = (text: string) =>
    new Set(
      text
        .toLowerCase()
        .split(/[^\p{L}\p{N}]+/u)
        .filter(Boolean),
    )
  const pages = contentPages(forSite(fixture, site), site)

  it('has a page model for every checklist, stappenplan, video, theme, module, lesson and tool page', () => {
    expect(pages.length).toBe(site === 'helpers' ? 19 : 16)
  })

  it.each(pages.map((page) => [page.url, page] as const))('%s', async (url, page) => {
    const built = pageText(await html(site, url))
    const model = searchDocument(page)
    expect(built.title).toBe(model.title)
    expect([built.kind, built.section]).toEqual([model.kind, model.section])
    expect([...words(built.text)].sort()).toEqual([...words(model.text)].sort())
    expect(built.headings.split(/\s+/)).toEqual((model.headings ?? '').split(/\s+/))
  })
})

describe('structured data', () => {
  const jsonLd = (source: string) =>
    [...source.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]) as { '@type': string })

  it('marks stappenplannen as HowTo, videos as VideoObject, the course as Course, crumbs as BreadcrumbList', async () => {
    const plan = fixture.stappenplannen[0]
    const types = async (site: SiteName, page: string) => jsonLd(await html(site, page)).map((d) => d['@type'])
    expect(await types('professionals', `/stappenplannen/${plan.slug}/`)).toEqual(expect.arrayContaining(['HowTo', 'BreadcrumbList']))
    expect(await types('helpers', `/videos/${fixture.videos[0].slug}/`)).toContain('VideoObject')
    expect(await types('helpers', '/cursus/')).toContain('Course')
    expect(await types('professionals', '/trainingen/')).toContain('Course')
  })
})

describe('"Laatst gecontroleerd op …" (issue 9)', () => {
  const shown = (page: string) =>
    [...page.matchAll(/<p[^>]*data-last-checked[^>]*>([\s\S]*?)<\/p>/g)].map((m) => m[1].replace(/<[^>]+>/g, ''))
  const card = (page: string, title: string) => page.split('<li class="card"').find((c) => c.includes(`<h3>${title}</h3>`)) ?? ''

  it('shows the Dutch date on a checked checklist and a stappenplan, with a machine-readable date', async () => {
    const checklist = await html('helpers', '/checklists/woninginbraak/')
    expect(shown(checklist)).toEqual(['Laatst gecontroleerd op 1 december 2026'])
    expect(checklist).toContain('<time datetime="2026-12-01">1 december 2026</time>')
    expect(shown(await html('professionals', '/stappenplannen/nazorg-bij-suicide-op-school/'))).toEqual([
      'Laatst gecontroleerd op 9 maart 2026',
    ])
  })

  it('says nothing on a page without a check', async () => {
    expect(shown(await html('helpers', '/checklists/fraude/'))).toEqual([])
  })

  it.each<[SiteName, string]>([
    ['helpers', '/contact/'],
    ['professionals', '/doorverwijstool/'],
  ])('shows it per organisation on %s %s, the Amsterdam calendar day, and not for an unchecked one', async (site, page) => {
    const source = await html(site, page)
    expect(shown(card(source, 'Slachtofferhulp Nederland'))).toEqual(['Laatst gecontroleerd op 1 december 2026'])
    expect(card(source, 'Fonds Slachtofferhulp')).toContain('Steunt projecten')
    expect(shown(card(source, 'Fonds Slachtofferhulp'))).toEqual([])
  })
})
