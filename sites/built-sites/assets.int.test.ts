/**
 * The sites built from the fixture snapshot: the JavaScript they ship, sitemap, robots.txt and
 * search index, and the video posters.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { SITE_NAMES } from '@vsp/content-models'
import { forSite, siteUrls } from '@vsp/ui'
import { builtPages, useFixtureSites } from '@vsp/test-support'
import { executableScripts, fixture, mainOf, pageJsBytes } from './support'

const SITES = SITE_NAMES
const { out, html } = useFixtureSites()

describe.each(SITES)('the %s site built from the fixture snapshot: scripts, sitemap, search index, images', (site) => {
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
