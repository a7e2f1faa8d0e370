import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { validateSnapshot, type Snapshot } from '../content-models/src/index'
import { forSite, siteUrls } from '../packages/ui/src/index'
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

  it('indexes the content of a page, not its navigation or the lists marked data-search-ignore', async () => {
    const dir = path.join(out[site], 'search/d')
    const stored = new Map<string, string>()
    for (const file of readdirSync(dir)) for (const doc of JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as { url: string; text: string }[]) stored.set(doc.url, doc.text)
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
    const img = /<img\b[^>]*>/.exec(source)?.[0] ?? ''
    expect(img).toMatch(/loading="lazy"/)
    expect(img).toMatch(/width="\d+" height="\d+"/)
    const files = [...img.matchAll(/\/img\/[^\s",]+\.webp/g)].map((m) => m[0])
    expect(files.length).toBeGreaterThan(1)
    for (const file of files) expect(existsSync(path.join(out[site], file)), file).toBe(true)
    expect(source).not.toMatch(/<iframe/)
    expect(source).toContain('Uitgeschreven tekst')
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
    expect(source).toMatch(/<img/)
    expect(own).not.toMatch(/<img/)
    expect(own).toContain('Speel video af')
  })
})
