import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SITE_NAMES, validateSnapshot, type SiteName, type Snapshot } from '@vsp/content-models'
import { forSite, routeSegments, siteUrls } from '@vsp/ui'
import { contentPages, pageText, searchDocument } from '@vsp/ui/page-models'
import { brokenInternalLinks, buildSite, buildSiteOrThrow, builtPages, FIXTURE_SNAPSHOT } from '@vsp/test-support'

const SITES = SITE_NAMES

const parsed = validateSnapshot(JSON.parse(readFileSync(FIXTURE_SNAPSHOT, 'utf8')))
if (!parsed.ok) throw new Error('the fixture snapshot is invalid')
const fixture: Snapshot = parsed.snapshot

let tmp: string
const out: Record<SiteName, string> = { helpers: '', professionals: '' }

beforeAll(async () => {
  tmp = await mkdtemp(path.join(tmpdir(), 'vsp-sites-'))
  for (const site of SITES) {
    out[site] = path.join(tmp, site)
    await buildSiteOrThrow(site, out[site])
  }
})
afterAll(async () => {
  if (tmp) await rm(tmp, { recursive: true, force: true })
})

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

const html = (site: SiteName, page: string) => readFile(path.join(out[site], page.endsWith('/') ? `${page}index.html` : page), 'utf8')

/** The page's own content, without the header (whose wordmark is an image too). */
const mainOf = (source: string) => /<main[\s\S]*<\/main>/.exec(source)?.[0] ?? ''

/** Scripts that run: everything but JSON-LD data blocks. */
function executableScripts(source: string): string[] {
  return [...source.matchAll(/<script\b([^>]*)>/g)].map((m) => m[1]).filter((attrs) => !/type="application\/ld\+json"/.test(attrs))
}

/** The JS a page loads: its scripts and islands, and everything they import, gzip-sized. */
function pageJsBytes(outDir: string, source: string): number {
  const seen = new Set<string>()
  const queue = [
    ...[...source.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]),
    ...[...source.matchAll(/\b(?:component|renderer)-url="([^"]+)"/g)].map((m) => m[1]),
  ]
  let bytes = gzipSync([...source.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('')).length
  while (queue.length) {
    const url = queue.pop()!
    if (seen.has(url)) continue
    seen.add(url)
    const code = readFileSync(path.join(outDir, url), 'utf8')
    bytes += gzipSync(code).length
    for (const m of code.matchAll(/(?:from|import)\s*"(\.\/[^"]+\.js)"/g)) queue.push(path.posix.join(path.posix.dirname(url), m[1]))
  }
  return bytes
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

  it('ships no JavaScript on pages without islands except the small shared script', async () => {
    const pages = await builtPages(out[site])
    const shared = new Set<string>()
    let islandPages = 0
    let heaviest = { page: '', bytes: 0 }
    for (const page of pages) {
      const source = await html(site, page)
      const scripts = executableScripts(source)
      if (source.includes('<astro-island')) {
        islandPages++
        const bytes = pageJsBytes(out[site], source)
        if (bytes > heaviest.bytes) heaviest = { page, bytes }
        continue
      }
      expect(scripts, page).toHaveLength(1)
      const src = /src="([^"]+)"/.exec(scripts[0])?.[1]
      expect(src, page).toMatch(/^\/_astro\/.+\.js$/)
      shared.add(src!)
    }
    expect(shared.size).toBe(1)
    expect(islandPages).toBeGreaterThan(0)
    const [src] = shared
    const gzip = gzipSync(await readFile(path.join(out[site], src))).length
    expect(gzip).toBeLessThan(2048)
    const css = [...(await html(site, '/')).matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1])
    const cssGzip = css.reduce((n, href) => n + gzipSync(readFileSync(path.join(out[site], href))).length, 0)
    console.info(
      `${site}: shared script ${gzip} B gzip; heaviest island page ${heaviest.page} ${heaviest.bytes} B JS gzip; CSS per page ${cssGzip} B gzip`,
    )
  })

  it('writes sitemap, robots.txt and a search index, and no CMS URLs', async () => {
    const sitemap = await readFile(path.join(out[site], 'sitemap.xml'), 'utf8')
    expect(sitemap).toContain(`<loc>http://localhost:${site === 'helpers' ? 4321 : 4322}/</loc>`)
    expect(sitemap).not.toContain('404')
    expect(sitemap).not.toContain('/zoeken/')
    expect(await readFile(path.join(out[site], 'robots.txt'), 'utf8')).toMatch(/Sitemap: http:\/\/localhost:\d+\/sitemap\.xml/)
    expect(existsSync(path.join(out[site], 'search/manifest.json'))).toBe(true)
    for (const page of await builtPages(out[site])) expect(await html(site, page), page).not.toContain('/api/media/')
  })

  it('indexes the content of a page, not its navigation or the lists marked data-search-ignore', async () => {
    const dir = path.join(out[site], 'search/d')
    const stored = new Map<string, string>()
    // Skips the .br/.gz copies beside each shard (packages/ui/src/build/precompress.ts).
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')))
      for (const doc of JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as { url: string; text: string }[])
        stored.set(doc.url, doc.text)
    let marked = 0
    for (const page of await builtPages(out[site])) {
      const source = await html(site, page)
      const main = /<main\b[\s\S]*<\/main>/.exec(source)?.[0] ?? ''
      const lists = [...main.matchAll(/<aside\b[^>]*data-search-ignore[^>]*>\s*<h2[^>]*>([^<]+)<\/h2>/g)].map((m) => m[1])
      if (!stored.has(page)) continue
      expect(stored.get(page), `${page}: lesson or page navigation is indexed`).not.toMatch(/Volgende les:|Vorige les:|Op deze pagina/)
      if (lists.length) marked++
      for (const heading of lists) expect(stored.get(page), `${page}: "${heading}" is indexed`).not.toContain(heading)
    }
    expect(marked, 'no built page has a list marked data-search-ignore').toBeGreaterThan(0)
  })

  it('serves video posters from its own dist with srcset and size', async () => {
    const video = forSite(fixture, site).videos[0]
    const source = await html(site, siteUrls(site).video(video))
    const img = /<img\b[^>]*>/.exec(mainOf(source))?.[0] ?? ''
    expect(img).toMatch(/loading="lazy"/)
    expect(img).toMatch(/width="\d+" height="\d+"/)
    const files = [...img.matchAll(/\/img\/[^\s",]+\.webp/g)].map((m) => m[0])
    expect(files.length).toBeGreaterThan(1)
    for (const file of files) expect(existsSync(path.join(out[site], file)), file).toBe(true)
    expect(source).not.toMatch(/<iframe/)
    expect(source).toContain('Uitgeschreven tekst')
  })
})

describe('page content', () => {
  const main = (source: string) => /<main\b[^>]*>([\s\S]*?)<\/main>/.exec(source)?.[1] ?? ''
  const heading = (source: string) =>
    /<h1\b[^>]*>([\s\S]*?)<\/h1>/
      .exec(main(source))?.[1]
      .replace(/<[^>]+>/g, '')
      .trim()
  const text = (source: string) =>
    main(source)
      .replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' ')

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

describe.each(SITES)('the %s site: links, fixed pages, favicon, print header', (site) => {
  const origin = `http://localhost:${site === 'helpers' ? 4321 : 4322}`
  const urls = siteUrls(site)

  it('has no broken internal link (href, src, srcset, #anchor) on any page', async () => {
    const { pages, links, broken } = await brokenInternalLinks(out[site], origin)
    console.info(`${site}: ${pages} pages, ${links} internal links checked`)
    expect(broken).toEqual([])
    expect(links).toBeGreaterThan(pages * 10)
  })

  it('has the privacy statement, the accessibility statement and a contact page, linked from the footer', async () => {
    const fixed = [urls.privacy, urls.accessibility, urls.contact, ...(urls.safety ? [urls.safety] : [])]
    const pages = await builtPages(out[site])
    for (const page of fixed) expect(pages, page).toContain(page)
    const footer = /<footer[\s\S]*<\/footer>/.exec(await html(site, '/'))?.[0] ?? ''
    for (const page of fixed) expect(footer, page).toContain(`href="${page}"`)
    expect(await html(site, urls.privacy)).toContain('<strong>geen cookies</strong>')
    expect(await html(site, urls.accessibility)).toContain('WCAG) 2.2, niveau AA')
  })

  it('has an SVG favicon with an .ico and a touch icon made from it, and a wordmark in the header', async () => {
    const home = await html(site, '/')
    expect(home).toContain('<link rel="icon" href="/favicon.svg" type="image/svg+xml">')
    expect(home).toContain('<link rel="icon" href="/favicon.ico" sizes="32x32">')
    expect(home).toContain('<link rel="apple-touch-icon" href="/apple-touch-icon.png">')
    expect(await readFile(path.join(out[site], 'favicon.svg'), 'utf8')).toMatch(/^<svg /)
    const ico = await readFile(path.join(out[site], 'favicon.ico'))
    expect([...ico.subarray(0, 4)]).toEqual([0, 0, 1, 0])
    expect(ico.readUInt16LE(4)).toBe(2)
    const touch = await readFile(path.join(out[site], 'apple-touch-icon.png'))
    expect(touch.readUInt32BE(16)).toBe(180)
    const header = /<header[\s\S]*?<\/header>/.exec(home)?.[0] ?? ''
    expect(header).toMatch(/class="wordmark" href="\/">\s*<img class="wordmark__mark" src="\/favicon.svg" alt=""/)
    expect(header).toContain(site === 'helpers' ? 'Voor de Helpers' : 'Platform voor Professionals')
  })

  it('prints checklists and stappenplannen with the site name, the address, the date and the line to call', async () => {
    const content = forSite(fixture, site)
    const printed = [...content.checklists.map(urls.checklist), ...content.stappenplannen.map(urls.stappenplan)]
    expect(printed.length).toBeGreaterThan(0)
    const line = site === 'helpers' ? fixture.siteSettings.serviceLine : fixture.siteSettings.advieslijn
    for (const page of printed) {
      const block = /<div class="print-header" data-print-header>([\s\S]*?)<\/div>/.exec(await html(site, page))?.[1] ?? ''
      expect(block, page).toContain(site === 'helpers' ? 'Voor de Helpers' : 'Platform voor Professionals')
      expect(block, page).toContain(`Pagina: ${origin}${page}`)
      expect(block, page).toMatch(/Datum: <time data-print-date datetime="\d{4}-\d{2}-\d{2}">\d{1,2} \w+ \d{4}<\/time>/)
      expect(block, page).toContain(`${site === 'helpers' ? 'Lijn voor helpers' : 'Advieslijn'}: ${line.phone} (${line.hours})`)
    }
    // On screen it is hidden, on paper shown: the stylesheet says so.
    // Linked stylesheets and the ones Astro inlines into the page.
    const home = await html(site, '/')
    const linked = [...home.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => readFileSync(path.join(out[site], m[1]), 'utf8'))
    const inline = [...home.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1])
    const css = [...linked, ...inline].join('')
    expect(css).toMatch(/\.print-header\{display:none\}/)
    expect(css).toMatch(/@media print\{[^@]*\.print-header\{[^}]*display:block/)
  })
})

describe('landing pages (issue 12)', () => {
  const main = (source: string) => /<main\b[^>]*>([\s\S]*?)<\/main>/.exec(source)?.[1] ?? ''
  const text = (source: string) =>
    main(source)
      .replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' ')
  const h1 = (source: string) => [...main(source).matchAll(/<h1\b[^>]*>([\s\S]*?)<\/h1>/g)].map((m) => m[1].replace(/<[^>]+>/g, '').trim())
  const islands = (source: string) =>
    [...source.matchAll(/<astro-island\b[^>]*component-url="([^"]+)"[^>]*props="([^"]+)"/g)].map((m) => ({
      component: m[1],
      props: Object.fromEntries(
        Object.entries(JSON.parse(m[2].replace(/&quot;/g, '"')) as Record<string, [number, unknown]>).map(([k, v]) => [k, v[1]]),
      ),
    }))
  const searchUrls = (site: SiteName) =>
    readdirSync(path.join(out[site], 'search/d'))
      .filter((f) => f.endsWith('.json'))
      .flatMap((f) => (JSON.parse(readFileSync(path.join(out[site], 'search/d', f), 'utf8')) as { url: string }[]).map((d) => d.url))

  it('builds the helpers campaign with its opening as the h1 and every block in order', async () => {
    const source = await html('helpers', '/lp/iemand-steunen/')
    expect(h1(source)).toEqual(['Iemand in uw omgeving is slachtoffer geworden'])
    expect(source).toContain('<title>Zo steunt u iemand na een misdrijf | Voor de Helpers</title>')
    const body = text(source)
    const order = [
      'U wilt helpen, maar hoe?',
      'Luisteren helpt al.',
      'Speel video af',
      'Ik kookte elke week een keer samen met mijn vriendin.',
      'Bekijk de checklists',
      'Start de tool',
      'Tips in uw mailbox',
      'Lees verder',
    ]
    const positions = order.map((t) => body.indexOf(t))
    expect(
      positions.every((p) => p >= 0),
      JSON.stringify(order.filter((_, i) => positions[i] < 0)),
    ).toBe(true)
    expect([...positions].sort((a, b) => a - b)).toEqual(positions)
    expect(main(source)).toContain('href="/tools/zelfscan-tijdsbesteding/"')
    expect(main(source)).toContain('href="/checklists/woninginbraak/"')
    // The stappenplan of the related block is on the professionals' site only.
    expect(main(source)).not.toContain('/stappenplannen/')
    expect(source).not.toMatch(/<iframe/)
  })

  it('puts the sign-up island on the page with the site as audience, the slug as page and the campaign channel', async () => {
    const found = islands(await html('helpers', '/lp/iemand-steunen/'))
    expect(found).toHaveLength(1)
    expect(found[0].component).toMatch(/^\/_astro\/NewsletterForm\.[\w-]+\.js$/)
    expect(found[0].props).toMatchObject({
      endpoint: 'http://localhost:3000/api/newsletter/subscribe',
      audience: 'helpers',
      page: 'iemand-steunen',
      channel: 'social',
      consentVersion: '2026-12',
    })
    expect(String(found[0].props.consentText)).toMatch(/^Ik wil de nieuwsbrief ontvangen/)
  })

  it('loads no JavaScript but the shared script and the sign-up island', async () => {
    for (const [site, page] of [
      ['helpers', '/lp/iemand-steunen/'],
      ['professionals', '/lp/nieuwsbrief-professionals/'],
    ] as const) {
      const source = await html(site, page)
      const external = executableScripts(source).filter((attrs) => /src=/.test(attrs))
      expect(external, page).toHaveLength(1)
      expect(
        islands(source).every((i) => /NewsletterForm/.test(i.component)),
        page,
      ).toBe(true)
      console.info(`${site} ${page}: ${pageJsBytes(out[site], source)} B JS gzip (shared script, React, the sign-up island)`)
    }
  })

  it('writes a 1200 × 630 share image beside each landing page and names it in og:image', async () => {
    for (const [site, page] of [
      ['helpers', '/lp/iemand-steunen/'],
      ['professionals', '/lp/nieuwsbrief-professionals/'],
    ] as const) {
      const source = await html(site, page)
      const origin = `http://localhost:${site === 'helpers' ? 4321 : 4322}`
      expect(source).toContain(`<meta property="og:image" content="${origin}${page}og.jpg">`)
      const jpeg = await readFile(path.join(out[site], page, 'og.jpg'))
      expect([...jpeg.subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff])
      // The SOF0/SOF2 marker holds height then width.
      const sof = jpeg.findIndex((b, i) => b === 0xff && (jpeg[i + 1] === 0xc0 || jpeg[i + 1] === 0xc2))
      expect([jpeg.readUInt16BE(sof + 7), jpeg.readUInt16BE(sof + 5)]).toEqual([1200, 630])
    }
  })

  it('lists landing pages in the sitemap but not in the site search', async () => {
    for (const [site, page] of [
      ['helpers', '/lp/iemand-steunen/'],
      ['professionals', '/lp/nieuwsbrief-professionals/'],
    ] as const) {
      expect(await readFile(path.join(out[site], 'sitemap.xml'), 'utf8')).toContain(`${page}</loc>`)
      expect(searchUrls(site)).not.toContain(page)
      expect(searchUrls(site).length).toBeGreaterThan(10)
    }
  })

  it('without an opening shows the title as h1, and leaves out a button with an unsafe link (CWE-79)', async () => {
    const source = await html('professionals', '/lp/nieuwsbrief-professionals/')
    expect(h1(source)).toEqual(['De nieuwsbrief voor professionals'])
    expect(source).not.toContain('javascript:')
    expect(text(source)).not.toContain('Niet veilig')
    expect(main(source)).toContain('<a class="button" href="/advieslijn/">Bel de advieslijn</a>')
    expect(islands(source)[0].props).toMatchObject({ audience: 'professionals', page: 'nieuwsbrief-professionals', channel: 'e-mail' })
  })

  it('shows the sign-up block a theme carries under its text, with the page path and no channel', async () => {
    const source = await html('professionals', '/signalenwijzer/')
    expect(text(source)).toContain('Blijf op de hoogte')
    expect(islands(source).map((i) => i.props)).toEqual([
      expect.objectContaining({ audience: 'professionals', page: '/signalenwijzer/', channel: null }),
    ])
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

describe('a broken snapshot', () => {
  it('fails the build with a message naming the document and the field', async () => {
    const broken = JSON.parse(await readFile(FIXTURE_SNAPSHOT, 'utf8'))
    delete broken.checklists[0].delict
    const file = path.join(tmp, 'broken.json')
    await writeFile(file, JSON.stringify(broken))
    const outDir = path.join(tmp, 'broken-dist')
    const result = await buildSite('helpers', outDir, { CONTENT_SNAPSHOT: file })
    expect(result.code).not.toBe(0)
    expect(result.output).toContain('checklists[0] "Checklist bij woninginbraak" (slug woninginbraak): veld "delict"')
    expect(existsSync(path.join(outDir, 'index.html'))).toBe(false)
  })

  it('builds without images when a media file is missing', async () => {
    const outDir = path.join(tmp, 'no-media')
    await buildSiteOrThrow('helpers', outDir, { MEDIA_DIR: path.join(tmp, 'empty-media') })
    const source = await html('helpers', `/videos/${fixture.videos[0].slug}/`).catch(() => '')
    const own = await readFile(path.join(outDir, `videos/${fixture.videos[0].slug}/index.html`), 'utf8')
    expect(mainOf(source)).toMatch(/<img/)
    expect(mainOf(own)).not.toMatch(/<img/)
    expect(own).toContain('Speel video af')
  }, 180_000)
})
