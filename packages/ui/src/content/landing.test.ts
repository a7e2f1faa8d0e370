import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { validateSnapshot, type LandingPage, type Snapshot } from '@vsp/content-models'
import { FIXTURE_SNAPSHOT } from '@vsp/test-support'
import { blockViews, landingMedia, landingView, RELATED_HEADING, type BlockView } from './landing'
import { forSite } from './selectors'
import { siteUrls } from './urls'

const result = validateSnapshot(JSON.parse(readFileSync(FIXTURE_SNAPSHOT, 'utf8')))
if (!result.ok) throw new Error('fixture invalid')
const helpers = forSite(result.snapshot, 'helpers')
const professionals = forSite(result.snapshot, 'professionals')
const page = (content: Snapshot, slug: string) => content['landing-pages'].find((p) => p.slug === slug)!
const of = <K extends BlockView['kind']>(blocks: BlockView[], kind: K) =>
  blocks.filter((b): b is Extract<BlockView, { kind: K }> => b.kind === kind)

describe('landingView', () => {
  const view = landingView(helpers, 'helpers', siteUrls('helpers'), page(helpers, 'iemand-steunen'))

  it('shows every block in order; the first opening is the h1', () => {
    expect(view.blocks.map((b) => b.kind)).toEqual(['hero', 'text', 'video', 'testimonial', 'cta', 'toolTeaser', 'newsletter', 'related'])
    expect(view.titleHeading).toBe(false)
    expect(of(view.blocks, 'hero')[0]).toMatchObject({
      level: 1,
      heading: 'Iemand in uw omgeving is slachtoffer geworden',
      image: { id: 1 },
    })
  })

  it('takes the SEO title and description, and the share image from the opening', () => {
    expect(view.seo).toEqual({ title: 'Zo steunt u iemand na een misdrijf', description: expect.stringMatching(/^Wat u kunt doen/) })
    expect(view.ogImage).toBe('/lp/iemand-steunen/og.jpg')
    expect(view.ogSource?.id).toBe(1)
  })

  it('links the video, the tool and related pages to their pages on this site', () => {
    expect(of(view.blocks, 'video')[0]).toMatchObject({ href: '/videos/ervaringsverhaal-buurvrouw/', poster: { id: 1 } })
    expect(of(view.blocks, 'toolTeaser')[0]).toMatchObject({
      href: '/tools/zelfscan-tijdsbesteding/',
      heading: 'Zelfscan tijdsbesteding',
      text: helpers.tools.find((t) => t.id === 1)!.intro,
    })
    // The stappenplan belongs to the professionals' site: left out, not linked to a 404.
    expect(of(view.blocks, 'related')[0].cards.map((c) => [c.href, c.meta])).toEqual([
      ['/checklists/woninginbraak/', 'Checklist'],
      ['/iemand-ondersteunen/reageren-op-wat-iemand-doormaakt/', 'Artikel'],
      ['/videos/ervaringsverhaal-buurvrouw/', 'Video'],
    ])
  })

  it('without an opening, the page title is the h1 and the summary the description; unsafe links are dropped (CWE-79)', () => {
    const pro = landingView(professionals, 'professionals', siteUrls('professionals'), page(professionals, 'nieuwsbrief-professionals'))
    expect(pro.titleHeading).toBe(true)
    expect(pro.seo).toEqual({
      title: 'De nieuwsbrief voor professionals',
      description: 'Zes keer per jaar nieuws over slachtofferhulp voor uw werk.',
    })
    expect(pro.ogSource).toBeUndefined()
    expect(of(pro.blocks, 'cta').map((b) => b.href)).toEqual(['/advieslijn/'])
    expect(of(pro.blocks, 'related')[0]).toMatchObject({
      heading: RELATED_HEADING,
      cards: [{ href: '/stappenplannen/nazorg-bij-suicide-op-school/' }, { href: '/signalenwijzer/' }],
    })
  })

  it('leaves out a block whose video or tool is not on the site, and a related block with nothing left', () => {
    const blocks: LandingPage['blocks'] = [
      { blockType: 'video', video: 999 },
      { blockType: 'toolTeaser', tool: 999 },
      { blockType: 'related', items: [{ relationTo: 'stappenplannen', value: 1 }] },
      { blockType: 'cta', label: 'Extern', href: 'https://www.slachtofferhulp.nl/' },
    ]
    expect(blockViews(helpers, 'helpers', siteUrls('helpers'), blocks).map((b) => [b.kind, 'external' in b && b.external])).toEqual([
      ['cta', true],
    ])
  })

  it('gives every block a key of its own, so two forms on a page have different ids', () => {
    const twice = blockViews(helpers, 'helpers', siteUrls('helpers'), [
      { blockType: 'newsletter', heading: 'A' },
      { blockType: 'newsletter', heading: 'B' },
    ])
    expect(new Set(twice.map((b) => b.key)).size).toBe(2)
  })
})

describe('landingMedia', () => {
  it('lists the images of the openings and ervaringsverhalen, for the image route', () => {
    expect(landingMedia(helpers).map((m) => m.id)).toEqual([1])
    expect(landingMedia(professionals)).toEqual([])
  })
})
