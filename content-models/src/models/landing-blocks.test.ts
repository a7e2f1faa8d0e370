import { describe, expect, it } from 'vitest'
import { fieldTree } from '../field-tree'
import { landingPage, theme } from './content'
import { landingBlock, pageBlock } from './landing-blocks'

const rich = { root: { type: 'root', children: [] } }
const page = {
  id: 1,
  title: 'Nieuwsbrief voor professionals',
  slug: 'nieuwsbrief-professionals',
  site: 'professionals',
  blocks: [{ blockType: 'hero', heading: 'Blijf op de hoogte' }],
}

describe('landing page blocks', () => {
  it.each([
    { blockType: 'hero', heading: 'Kop', text: null, image: 3 },
    { blockType: 'text', body: rich },
    { blockType: 'video', video: 2 },
    { blockType: 'testimonial', quote: 'Het hielp.', who: 'Annet, vriendin', image: null },
    { blockType: 'cta', label: 'Naar de checklists', href: '/checklists/' },
    { blockType: 'newsletter', heading: 'Meld u aan' },
    { blockType: 'toolTeaser', tool: 1 },
    {
      blockType: 'related',
      heading: null,
      items: [
        { relationTo: 'themes', value: 4 },
        { relationTo: 'videos', value: { id: 2, title: 'x' } },
      ],
    },
  ])('accepts a $blockType block as the snapshot stores it', (block) => {
    expect(landingBlock.safeParse(block).success).toBe(true)
  })

  it.each([
    [{ blockType: 'testimonial', quote: 'Het hielp.' }, 'who'],
    [{ blockType: 'toolTeaser' }, 'tool'],
    [{ blockType: 'related', items: [] }, 'items'],
    [{ blockType: 'related', items: [{ relationTo: 'users', value: 1 }] }, 'items'],
    [{ blockType: 'carousel' }, 'blockType'],
  ])('refuses %o (field %s)', (block, field) => {
    const result = landingBlock.safeParse(block)
    expect(result.success).toBe(false)
    expect(result.error?.issues.map((i) => i.path[0])).toContain(field)
  })

  it('a landing page needs one block; its SEO fields and channel are optional', () => {
    expect(landingPage.safeParse(page).success).toBe(true)
    expect(landingPage.safeParse({ ...page, seoTitle: 'Zes keer per jaar', seoDescription: null, channel: 'e-mail' }).success).toBe(true)
    expect(landingPage.safeParse({ ...page, blocks: [] }).success).toBe(false)
  })

  it('themes may carry the sign-up block under their text, and no other block', () => {
    const base = { id: 1, title: 'Nieuwsbrief', slug: 'nieuwsbrief', site: 'professionals', section: 'kennis-en-onderzoek', body: rich }
    expect(theme.safeParse(base).success).toBe(true)
    expect(theme.safeParse({ ...base, blocks: [{ blockType: 'newsletter', heading: 'Aanmelden' }] }).success).toBe(true)
    expect(pageBlock.safeParse({ blockType: 'hero', heading: 'x' }).success).toBe(false)
  })

  it('a polymorphic relation is one field in the field tree, as in the CMS', () => {
    expect(fieldTree(landingBlock).related).toEqual({ id: true, heading: true, items: true })
  })
})
