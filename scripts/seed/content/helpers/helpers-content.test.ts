import { DELICTS, SITES, VIDEO_KINDS, slug as slugSchema } from '@vsp/content-models'
import { describe, expect, it } from 'vitest'
import * as helpers from './index'

const { checklists, helperCourse, helperThemes, helperTips, videos } = helpers

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
      'hoe-doen-anderen-het': ['ervaringsverhalen', 'tips-en-ervaringen-van-andere-helpers', 'deel-uw-tip-of-ervaring'],
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

describe('videos', () => {
  it('has at least 7 videos, mostly for helpers, with unique valid slugs', () => {
    expect(videos.length).toBeGreaterThanOrEqual(7)
    expectUniqueValidSlugs(videos.map((v) => v.slug))
    const forHelpers = videos.filter((v) => v.site === 'helpers').length
    expect(forHelpers).toBeGreaterThan(videos.length / 2)
    expect(videos.length - forHelpers).toBeGreaterThanOrEqual(2)
    for (const v of videos) expect(SITES).toContain(v.site)
  })

  it('uses every video kind', () => {
    expect(new Set(videos.map((v) => v.kind))).toEqual(new Set(VIDEO_KINDS))
  })

  it('has a full transcript of 250–600 words, a realistic duration and a poster', () => {
    for (const v of videos) {
      expect(words(v.transcript), v.slug).toBeGreaterThanOrEqual(250)
      expect(words(v.transcript), v.slug).toBeLessThanOrEqual(600)
      expect(v.durationSeconds, v.slug).toBeGreaterThanOrEqual(90)
      expect(v.durationSeconds, v.slug).toBeLessThanOrEqual(420)
      expect(v.hostingUrl).toMatch(/^https:\/\/player\.vimeo\.com\/video\/\d{9}$/)
      expect(v.poster.colour).toMatch(/^#[0-9A-F]{6}$/i)
      expect(v.poster.alt.length).toBeGreaterThan(0)
      if (v.captionsUrl) expect(v.captionsUrl).toBe(`/captions/${v.slug}.nl.vtt`)
    }
    // No caption files ship with the demo content; a captionsUrl would be a dead link.
    expect(videos.filter((v) => v.captionsUrl).length).toBe(0)
    expect(new Set(videos.map((v) => v.hostingUrl)).size).toBe(videos.length)
  })
})

describe('online course', () => {
  it('has the three modules of the whitepaper with their level, duration and order', () => {
    expect(helperCourse.site).toBe('helpers')
    expect(helperCourse.level).toBe('basis')
    expect(helperCourse.modules.map((m) => [m.title, m.level, m.durationMinutes, m.order])).toEqual([
      ['In 8 stappen beter helpen', 'basis', 45, 1],
      ['Communiceren met een slachtoffer', 'verdiepend', 45, 2],
      ['Helpen door er gewoon te zijn', 'verdiepend', 30, 3],
    ])
    expectUniqueValidSlugs([helperCourse.slug, ...helperCourse.modules.map((m) => m.slug)])
  })

  it('has one lesson per step in the basic module and enough lessons in the others', () => {
    const [basis, communiceren, erZijn] = helperCourse.modules
    expect(basis.lessons.map((l) => l.title)).toEqual(basis.lessons.map((_, i) => expect.stringMatching(new RegExp(`^Stap ${i + 1}: `))))
    expect(basis.lessons).toHaveLength(8)
    expect(communiceren.lessons.length).toBeGreaterThanOrEqual(4)
    expect(erZijn.lessons.length).toBeGreaterThanOrEqual(3)
  })

  it('has lessons of 150–350 words that end with a reflection question', () => {
    for (const m of helperCourse.modules) {
      for (const l of m.lessons) {
        expect(words(l.body), l.title).toBeGreaterThanOrEqual(150)
        expect(words(l.body), l.title).toBeLessThanOrEqual(350)
        expect(l.body.trim().split('\n').at(-1), l.title).toMatch(/^\*\*Reflectievraag:\*\* .+\?$/)
      }
    }
  })
})

describe('helper tips', () => {
  it('has 8 tips, 6 published and 2 waiting for moderation', () => {
    expect(helperTips).toHaveLength(8)
    expect(helperTips.filter((t) => t.published)).toHaveLength(6)
    expectUniqueValidSlugs(helperTips.map((t) => t.slug))
  })

  it('has first-person bodies of 40–120 words signed with a relation, not a name', () => {
    for (const t of helperTips) {
      expect(t.site).toBe('helpers')
      expect(words(t.body), t.slug).toBeGreaterThanOrEqual(40)
      expect(words(t.body), t.slug).toBeLessThanOrEqual(120)
      expect(t.body, t.slug).toMatch(/\b(ik|mijn|me|mij)\b/i)
      expect(t.signature, t.slug).toMatch(/^[A-Z][a-z]+ van een (slachtoffer|nabestaande)\b/)
    }
  })
})

describe('all helper content', () => {
  it('exports exactly the five collections', () => {
    expect(Object.keys(helpers).sort()).toEqual(['checklists', 'helperCourse', 'helperThemes', 'helperTips', 'videos'])
  })

  it('contains no placeholder text', () => {
    const all = JSON.stringify(helpers).toLowerCase()
    for (const placeholder of ['lorem', 'ipsum', 'todo', 'placeholder', 'xxx']) expect(all).not.toContain(placeholder)
  })
})
