/** Landing pages (issue 12) in the sites built from the fixture snapshot. */
import { readdirSync, readFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { SiteName } from '@vsp/content-models'
import { useFixtureSites } from '@vsp/test-support'
import { executableScripts, mainInner, mainText, pageJsBytes } from './support'

const { out, html } = useFixtureSites()

describe('landing pages (issue 12)', () => {
  const main = mainInner
  const text = mainText
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
