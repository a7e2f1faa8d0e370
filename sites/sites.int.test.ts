import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { existsSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { validateSnapshot, type Snapshot } from '../content-models/src/index'
import { forSite, siteUrls } from '../packages/ui/src/index'
import { brokenInternalLinks } from '../packages/ui/src/test-support/internal-links'
import { buildSite, buildSiteOrThrow, builtPages, FIXTURE_SNAPSHOT } from './test-fixtures/build-site'

const SITES = ['helpers', 'professionals'] as const
type SiteName = (typeof SITES)[number]

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

/** Every page a document must have on a site, derived from the fixture, not from the build. */
function expectedPages(site: SiteName): string[] {
  const content = forSite(fixture, site)
  const urls = siteUrls(site)
  return [
    ...content.checklists.map(urls.checklist),
    ...content.stappenplannen.map(urls.stappenplan),
    ...content.videos.map(urls.video),
    ...content.themes.flatMap((t) => urls.theme(t) ?? []),
    ...content['course-modules'].flatMap((m) => [urls.module(m), ...m.lessons.map((_, i) => urls.lesson(m, i))]),
    urls.courseHome,
    '/',
    '/zoeken/',
    '/404.html',
  ]
}

const html = (site: SiteName, page: string) =>
  readFile(path.join(out[site], page.endsWith('/') ? `${page}index.html` : page), 'utf8')

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
  it('has a page for every checklist, stappenplan, video, theme, module and lesson', async () => {
    const pages = await builtPages(out[site])
    const expected = expectedPages(site)
    expect(expected.length).toBeGreaterThan(8)
    for (const page of expected) expect(pages, page).toContain(page)
    // Exactly the fixture's checklists and themes: no stale content from an earlier build.
    expect(pages.filter((p) => /^\/checklists\/[^/]+\/$/.test(p))).toHaveLength(forSite(fixture, site).checklists.length)
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
    console.info(`${site}: shared script ${gzip} B gzip; heaviest island page ${heaviest.page} ${heaviest.bytes} B JS gzip; CSS per page ${cssGzip} B gzip`)
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
    expect(header).toMatch(/class="wordmark" href="\/"> <img class="wordmark__mark" src="\/favicon.svg" alt=""/)
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
    const css = [...(await html(site, '/')).matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => readFileSync(path.join(out[site], m[1]), 'utf8')).join('')
    expect(css).toMatch(/\.print-header\{display:none\}/)
    expect(css).toMatch(/@media print\{[^@]*\.print-header\{display:block/)
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
