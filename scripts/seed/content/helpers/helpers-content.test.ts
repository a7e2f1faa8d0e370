import { DELICTS, slug as slugSchema } from '@vsp/content-models'
import { describe, expect, it } from 'vitest'
import { checklists } from './checklists'
import { helperThemes } from './themes'

const words = (text: string) => text.split(/\s+/).filter(Boolean).length
const themeSlugs = new Set(helperThemes.map((t) => t.slug))

function expectUniqueValidSlugs(slugs: string[]) {
  expect(new Set(slugs).size).toBe(slugs.length)
  for (const s of slugs) expect(slugSchema.safeParse(s).success, s).toBe(true)
}

describe('helper themes', () => {
  it('has exactly the pages of the four pillars, numbered per section', () => {
    const bySection = new Map<string, string[]>()
    for (const t of helperThemes) {
      expect(t.site).toBe('helpers')
      bySection.set(t.section, [...(bySection.get(t.section) ?? []), t.slug])
    }
    expect(Object.fromEntries(bySection)).toEqual({
      'iemand-ondersteunen': [
        'het-herstelproces-van-een-slachtoffer',
        'reageren-op-wat-iemand-doormaakt',
        'ondersteunen-bij-aangifte',
        'passende-hulp-regelen',
        'ondersteunen-bij-strafproces',
        'ondersteunen-bij-schadevergoeding',
        'helpen-bij-schuld-en-schaamte',
        'victim-blaming-voorkomen',
        'een-kind-helpen',
        'slachtofferrechten',
      ],
      'goed-voor-uzelf-zorgen': [
        'tips-voor-zelfzorg',
        'grenzen-aangeven',
        'slim-omgaan-met-stress',
        'start-een-steungroep',
        'omgaan-met-de-veranderde-relatie',
      ],
      'hoe-doen-anderen-het': ['ervaringsverhalen', 'tips-en-ervaringen-van-andere-helpers', 'deel-je-tip-of-ervaring'],
      'begeleiding-en-cursus': ['persoonlijke-begeleiding', 'online-cursus'],
    })
    for (const section of bySection.keys()) {
      const orders = helperThemes.filter((t) => t.section === section).map((t) => t.order)
      expect(orders).toEqual(orders.map((_, i) => i + 1))
    }
  })

  it('has unique valid slugs, short summaries and bodies of 250–600 words with ≥3 headings', () => {
    expectUniqueValidSlugs(helperThemes.map((t) => t.slug))
    for (const t of helperThemes) {
      expect(t.summary?.length ?? 0, t.slug).toBeGreaterThan(0)
      expect(t.summary!.length, t.slug).toBeLessThanOrEqual(160)
      expect(words(t.body), t.slug).toBeGreaterThanOrEqual(250)
      expect(words(t.body), t.slug).toBeLessThanOrEqual(600)
      expect(t.body.match(/^## /gm)?.length ?? 0, t.slug).toBeGreaterThanOrEqual(3)
    }
  })
})

describe('checklists', () => {
  it('covers every delict exactly once, with the delict as slug', () => {
    expect(checklists.map((c) => c.delict).sort()).toEqual([...DELICTS].sort())
    for (const c of checklists) {
      expect(c.slug).toBe(c.delict)
      expect(c.site).toBe('helpers')
    }
    expectUniqueValidSlugs(checklists.map((c) => c.slug))
  })

  it('has at least 7 short items per checklist, each linked to an existing helper theme', () => {
    for (const c of checklists) {
      expect(c.items.length, c.slug).toBeGreaterThanOrEqual(7)
      expect(c.summary!.length, c.slug).toBeLessThanOrEqual(160)
      for (const item of c.items) {
        expect(themeSlugs.has(item.theme), `${c.slug}: ${item.theme}`).toBe(true)
        expect(item.text.length, item.text).toBeLessThanOrEqual(90)
        expect(item.detail?.length ?? 0, item.text).toBeGreaterThan(0)
      }
    }
  })
})
