import { describe, expect, it } from 'vitest'
import { SITE_NAMES } from '@vsp/content-models'
import { seedSnapshot } from '../../bench/seed-snapshot'
import { informalAddress, visibleStrings } from './forms-of-address'
import { landingPages } from './landing-pages'
import { landingBlocksWithIds, landingRefs } from './landing-relations'

describe('the seeded landing pages (issue 12)', () => {
  it('are one per site, and every block points at seeded content on that site', () => {
    expect(landingPages.map((p) => p.site).sort()).toEqual([...SITE_NAMES].sort())
    const snapshot = seedSnapshot()
    expect(snapshot['landing-pages'].map((p) => p.slug)).toEqual(landingPages.map((p) => p.slug))
    for (const page of landingPages) {
      for (const { collection, slug } of landingRefs(page)) {
        const docs = snapshot[collection] as { slug: string; site: string }[]
        expect(
          docs.some((d) => d.slug === slug && (d.site === page.site || d.site === 'both')),
          `${page.slug}: ${collection}/${slug}`,
        ).toBe(true)
      }
    }
  })

  it('refuses a slug that names nothing, rather than dropping the block', () => {
    const page = { ...landingPages[0], blocks: [{ blockType: 'video' as const, video: 'bestaat-niet' }] }
    expect(() =>
      landingBlocksWithIds(page, { idOf: () => undefined, imageOf: () => 1, markdown: () => ({ root: { type: 'root', children: [] } }) }),
    ).toThrow(/bestaat-niet/)
  })

  it('each carries the sign-up form; the professionals one says six times a year, as the whitepaper does', () => {
    for (const page of landingPages)
      expect(
        page.blocks.filter((b) => b.blockType === 'newsletter'),
        page.slug,
      ).toHaveLength(1)
    const professionals = landingPages.find((p) => p.site === 'professionals')!
    expect(visibleStrings(professionals).join(' ')).toMatch(/zes keer per jaar/i)
  })

  it('address the visitor with "u"', () => {
    for (const page of landingPages) expect(informalAddress(visibleStrings(page).join('\n')), page.slug).toEqual([])
  })
})
