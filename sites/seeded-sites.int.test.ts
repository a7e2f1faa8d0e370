/**
 * Both sites built from the seed content (the demo the product starts with), crawled as a
 * visitor would: no dead internal link, every phone number a tel: link, and the helpers site
 * speaking to the visitor with "u". The fixture tests (sites/built-sites/) cover the structure.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SITE_NAMES, type SiteName } from '@vsp/content-models'
import { phoneParts } from '@vsp/richtext'
import { brokenInternalLinks, buildSiteOrThrow, builtPages } from '@vsp/test-support'
import { seedSnapshot } from '@vsp/scripts/bench/seed-snapshot'
import { informalAddress } from '@vsp/scripts/seed/content/forms-of-address'
import { landingPages } from '@vsp/scripts/seed/content/landing-pages'

const SITES = SITE_NAMES
const ORIGIN: Record<SiteName, string> = { helpers: 'http://localhost:4321', professionals: 'http://localhost:4322' }

let tmp: string
const out = {} as Record<SiteName, string>

beforeAll(async () => {
  tmp = await mkdtemp(path.join(tmpdir(), 'vsp-seeded-'))
  const snapshot = path.join(tmp, 'seed-snapshot.json')
  await writeFile(snapshot, JSON.stringify(seedSnapshot()))
  for (const site of SITES) {
    out[site] = path.join(tmp, site)
    await buildSiteOrThrow(site, out[site], { CONTENT_SNAPSHOT: snapshot, MEDIA_DIR: path.join(tmp, 'no-media') })
  }
})
afterAll(async () => {
  if (tmp) await rm(tmp, { recursive: true, force: true })
})

const mainOf = async (site: SiteName, page: string) => {
  const html = await readFile(path.join(out[site], page.endsWith('/') ? `${page}index.html` : page), 'utf8')
  return /<main[\s\S]*<\/main>/.exec(html)?.[0] ?? ''
}
const textOf = (html: string) =>
  html
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')

describe.each(SITES)('the %s site built from the seed', (site) => {
  it('has no broken internal link on any page', async () => {
    const { pages, links, broken } = await brokenInternalLinks(out[site], ORIGIN[site])
    console.info(`${site} (seed): ${pages} pages, ${links} internal links checked`)
    expect(pages).toBeGreaterThan(40)
    expect(broken).toEqual([])
  })

  it('makes every phone number in the page content a tel: link', async () => {
    const bare: string[] = []
    let linked = 0
    for (const page of await builtPages(out[site])) {
      const main = await mainOf(site, page)
      linked += [...main.matchAll(/href="tel:/g)].length
      // Whatever is left outside links must hold no number a phone could call. Headings are
      // left out: "Alarmnummer 112" names an organisation, whose contact lines below carry the link.
      const rest = main.replace(/<a\b[\s\S]*?<\/a>/g, ' ').replace(/<(h[1-6])\b[\s\S]*?<\/\1>/g, ' ')
      for (const part of phoneParts(textOf(rest))) if (part.tel) bare.push(`${page}: ${part.text}`)
    }
    expect(bare).toEqual([])
    expect(linked).toBeGreaterThan(50)
  })
})

describe('the seeded landing pages (issue 12)', () => {
  it('are built at the addresses npm start prints, with their heading and the sign-up form', async () => {
    for (const page of landingPages) {
      const site = page.site as SiteName
      const main = await mainOf(site, `/lp/${page.slug}/`)
      const hero = page.blocks.find((b) => b.blockType === 'hero')
      expect(textOf(/<h1\b[\s\S]*?<\/h1>/.exec(main)?.[0] ?? ''), page.slug).toContain(
        hero?.blockType === 'hero' ? hero.heading : page.title,
      )
      expect(main, page.slug).toContain('component-url="/_astro/NewsletterForm.')
    }
  })

  it("the professionals' Nieuwsbrief page has the form it promises", async () => {
    const main = await mainOf('professionals', '/nieuwsbrief/')
    expect(textOf(main)).toContain('Meld u aan met het formulier onder aan deze pagina.')
    expect(main).toContain('component-url="/_astro/NewsletterForm.')
  })
})

describe('the helpers site built from the seed', () => {
  it('addresses the visitor with "u" on every page, outside quotations, transcripts and visitors\' tips', async () => {
    const informal: string[] = []
    for (const page of await builtPages(out.helpers)) {
      if (page === '/tips/') continue
      const main = (await mainOf('helpers', page)).replace(/<section[^>]*data-transcript[\s\S]*?<\/section>/g, ' ')
      for (const hit of informalAddress(textOf(main))) informal.push(`${page}: ${hit}`)
    }
    expect(informal).toEqual([])
  })
})
