/** The sites built from the fixture snapshot: internal links, the fixed pages, the favicon and the print header. */
import { readFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { SITE_NAMES } from '@vsp/content-models'
import { forSite, siteUrls } from '@vsp/ui'
import { brokenInternalLinks, builtPages, useFixtureSites } from '@vsp/test-support'
import { fixture } from './support'

const SITES = SITE_NAMES
const { out, html } = useFixtureSites()

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
