import {
  PHASES,
  slug as slugSchema,
  stappenplan as stappenplanSchema,
  organisation as organisationSchema,
  siteSettings as siteSettingsSchema,
} from '@vsp/content-models'
import { describe, expect, it } from 'vitest'
import * as content from './index'

const { professionalThemes, stappenplannen, professionalCourse, organisations, siteSettings } = content

const expectedThemes: Record<string, string[]> = {
  situatie: [
    'ik-heb-vermoedens',
    'een-client-is-slachtoffer',
    'incident-op-school',
    'incident-in-de-sport',
    'incident-op-de-werkvloer',
    'ik-ben-zelf-slachtoffer',
    'ik-wil-samenwerken',
  ],
  sector: ['onderwijs', 'zorg', 'hulpverlening', 'sociaal-domein', 'hr', 'sport'],
  'praktische-ondersteuning': [
    'signalenwijzer',
    'gesprekstips',
    'in-gesprek-over-aangifte',
    'slachtofferrechten',
    'organisatieadvies',
    'aanbod-bij-calamiteiten',
    'ervaringsverhalen-professionals',
  ],
  doorverwijzen: ['bel-ons-voor-overleg'],
  trainingen: ['training-op-maat'],
  'kennis-en-onderzoek': ['publicaties', 'nieuwsbrief'],
}

const expectedOrganisations = [
  'slachtofferhulp-nederland',
  'veilig-thuis',
  'centrum-seksueel-geweld',
  '113-zelfmoordpreventie',
  'juridisch-loket',
  'schadefonds-geweldsmisdrijven',
  'fraudehelpdesk',
  'huisarts',
  'politie',
  'alarmnummer-112',
  'de-kindertelefoon',
  'helpwanted',
  'mind-korrelatie',
  'cjib-slachtofferinformatie',
  'centrum-veilige-sport-nederland',
  'advieslijn-professionals',
]

const words = (markdown: string) => markdown.split(/\s+/).filter((w) => /[\p{L}\d]/u.test(w)).length
const internalLinks = (markdown: string) => [...markdown.matchAll(/\]\((\/[^)\s]*)\)/g)].map((m) => m[1])

describe('professional themes', () => {
  it('has exactly the agreed slugs, each in its section', () => {
    const actual: Record<string, string[]> = {}
    for (const theme of professionalThemes) (actual[theme.section] ??= []).push(theme.slug)
    expect(actual).toEqual(expectedThemes)
  })

  it('belongs to the professionals site, with unique slugs and orders per section', () => {
    expect(new Set(professionalThemes.map((t) => t.slug)).size).toBe(professionalThemes.length)
    for (const theme of professionalThemes) expect(theme.site).toBe('professionals')
    for (const section of Object.keys(expectedThemes)) {
      const orders = professionalThemes.filter((t) => t.section === section).map((t) => t.order)
      expect(new Set(orders).size, section).toBe(orders.length)
    }
  })

  it.each(professionalThemes.map((t) => [t.slug, t] as const))('%s: summary and body fit the brief', (_, theme) => {
    expect(theme.summary?.length ?? 0).toBeGreaterThan(0)
    expect(theme.summary!.length).toBeLessThanOrEqual(160)
    const count = words(theme.body)
    expect(count).toBeGreaterThanOrEqual(250)
    expect(count).toBeLessThanOrEqual(600)
    expect(theme.body).toMatch(/^## /m)
    expect(theme.body).toMatch(/^(- |\d+\. )/m)
  })

  it('signalenwijzer covers the four signal domains', () => {
    const body = professionalThemes.find((t) => t.slug === 'signalenwijzer')!.body.toLowerCase()
    for (const domain of ['lichamelijk', 'gedrag', 'emotione', 'socia']) expect(body).toMatch(new RegExp(`^## .*${domain}`, 'm'))
  })

  it("gesprekstips has do's and don'ts", () => {
    const body = professionalThemes.find((t) => t.slug === 'gesprekstips')!.body
    expect(body).toMatch(/^## Do's$/m)
    expect(body).toMatch(/^## Don'ts$/m)
  })

  it('situation pages for school, sport and work link their stappenplan', () => {
    const link = (slug: string) => professionalThemes.find((t) => t.slug === slug)!.body
    expect(link('incident-op-school')).toContain('/stappenplannen/nazorg-bij-suicide-op-school/')
    expect(link('incident-in-de-sport')).toContain('/stappenplannen/incident-in-de-sport/')
    expect(link('incident-op-de-werkvloer')).toContain('/stappenplannen/incident-op-de-werkvloer/')
  })
})

describe('stappenplannen', () => {
  it('has at least the three agreed plans with their sectors', () => {
    const bySlug = new Map(stappenplannen.map((p) => [p.slug, p]))
    expect(bySlug.get('nazorg-bij-suicide-op-school')?.sectors).toEqual(['onderwijs'])
    expect(bySlug.get('incident-in-de-sport')?.sectors).toEqual(['sport'])
    expect(bySlug.get('incident-op-de-werkvloer')?.sectors).toEqual(['hr', 'zorg'])
  })

  it.each(stappenplannen.map((p) => [p.slug, p] as const))('%s: three phases of 3–6 complete steps', (_, plan) => {
    expect(plan.site).toBe('professionals')
    expect(plan.situation.trim()).not.toBe('')
    expect(plan.intro.trim()).not.toBe('')
    expect(plan.phases.map((p) => p.phase)).toEqual([...PHASES])
    for (const phase of plan.phases) {
      expect(phase.steps.length).toBeGreaterThanOrEqual(3)
      expect(phase.steps.length).toBeLessThanOrEqual(6)
      for (const step of phase.steps) {
        expect(step.title.trim()).not.toBe('')
        expect(step.action.trim()).not.toBe('')
        expect(step.who.trim()).not.toBe('')
      }
    }
    // The model's own schema, with intro as the runner would pass it (rich text).
    const parsed = stappenplanSchema.safeParse({ ...plan, id: 1, intro: { root: { type: 'root', children: [] } } })
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true)
  })

  it('the suicide plan warns against details about the method and plans aftercare', () => {
    const text = JSON.stringify(stappenplannen.find((p) => p.slug === 'nazorg-bij-suicide-op-school')).toLowerCase()
    for (const needle of ['familie', 'methode', 'werther', '113', 'herdenking', 'zes weken', 'sterfdag']) expect(text).toContain(needle)
  })
})

describe('course', () => {
  it('has the basic and in-depth module in order', () => {
    expect(professionalCourse.site).toBe('professionals')
    expect(professionalCourse.level).toBe('basis')
    const [basis, verdiepend] = professionalCourse.modules
    expect([basis.title, basis.level, basis.order, basis.durationMinutes]).toEqual(['Basismodule slachtofferbewust werken', 'basis', 1, 60])
    expect([verdiepend.title, verdiepend.level, verdiepend.order, verdiepend.durationMinutes]).toEqual([
      'Verdiepende module strafproces',
      'verdiepend',
      2,
      45,
    ])
  })

  it('has at least four lessons per module, each 150–350 words', () => {
    for (const mod of professionalCourse.modules) {
      expect(mod.lessons.length).toBeGreaterThanOrEqual(4)
      for (const lesson of mod.lessons) {
        const count = words(lesson.body)
        expect(count, lesson.title).toBeGreaterThanOrEqual(150)
        expect(count, lesson.title).toBeLessThanOrEqual(350)
      }
    }
  })
})

describe('organisations', () => {
  it('has exactly the agreed slugs', () => {
    expect(organisations.map((o) => o.slug).sort()).toEqual([...expectedOrganisations].sort())
  })

  it.each(organisations.map((o) => [o.slug, o] as const))('%s: valid, with a phone number or website', (_, org) => {
    expect(org.site).toBe('both')
    expect(org.contacts.some((c) => c.kind === 'phone' || c.kind === 'website')).toBe(true)
    for (const contact of org.contacts) {
      if (contact.kind === 'phone') expect(contact.value).toMatch(/^\d[\d -]*\d$/)
      else expect(contact.value).toMatch(/^https:\/\//)
    }
    expect(organisationSchema.safeParse({ ...org, id: 1 }).success).toBe(true)
  })

  it('uses the agreed numbers for the main lines', () => {
    const phones = (slug: string) =>
      organisations
        .find((o) => o.slug === slug)!
        .contacts.filter((c) => c.kind === 'phone')
        .map((c) => c.value)
    expect(phones('slachtofferhulp-nederland')).toContain('0900-0101')
    expect(phones('veilig-thuis')).toContain('0800-2000')
    expect(phones('centrum-seksueel-geweld')).toContain('0800-0188')
    expect(phones('113-zelfmoordpreventie')).toEqual(expect.arrayContaining(['113', '0800-0113']))
    expect(phones('alarmnummer-112')).toEqual(['112'])
    expect(phones('advieslijn-professionals')).toContain('0900-0101')
  })
})

describe('site settings', () => {
  it('is valid against the model', () => {
    const parsed = siteSettingsSchema.safeParse(siteSettings)
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true)
  })

  it('gives the same hours for a line as the organisation list does', () => {
    const phone = (slug: string) => organisations.find((o) => o.slug === slug)!.contacts.find((c) => c.kind === 'phone')!
    expect(phone('slachtofferhulp-nederland').value).toBe(siteSettings.serviceLine.phone)
    expect(phone('slachtofferhulp-nederland').hours).toContain(siteSettings.serviceLine.hours)
    expect(phone('advieslijn-professionals').value).toBe(siteSettings.advieslijn.phone)
    expect(phone('advieslijn-professionals').hours).toBe(siteSettings.advieslijn.hours)
  })

  it('has the required synonyms', () => {
    const synonyms = new Map(siteSettings.searchSynonyms!.map((s) => [s.term, s.synonyms.split(',')]))
    expect(synonyms.size).toBeGreaterThanOrEqual(12)
    expect(synonyms.get('straatroof')).toEqual(['beroving', 'overval'])
    expect(synonyms.get('sexting')).toEqual(['online seksuele intimidatie'])
    expect(synonyms.get('zelfmoord')).toEqual(expect.arrayContaining(['zelfdoding', 'suïcide']))
  })

  it('every internal link in the content points to a navigation page or a stappenplan', () => {
    const known = new Set([
      ...[siteSettings.professionals, siteSettings.helpers]
        .flatMap((s) => [...(s.navigation ?? []), ...(s.footer ?? [])])
        .map((l) => l.href),
      ...stappenplannen.map((p) => `/stappenplannen/${p.slug}/`),
    ])
    const bodies = [
      ...professionalThemes.map((t) => t.body),
      ...stappenplannen.map((p) => p.intro),
      professionalCourse.intro,
      ...professionalCourse.modules.flatMap((m) => m.lessons.map((l) => l.body)),
    ]
    const unknown = bodies.flatMap(internalLinks).filter((href) => !known.has(href))
    expect(unknown).toEqual([])
  })
})

describe('all content', () => {
  const all = [professionalThemes, stappenplannen, professionalCourse, organisations, siteSettings]

  it('uses valid slugs everywhere', () => {
    const slugs = [
      ...professionalThemes.map((t) => t.slug),
      ...stappenplannen.map((p) => p.slug),
      professionalCourse.slug,
      ...professionalCourse.modules.map((m) => m.slug),
      ...organisations.map((o) => o.slug),
    ]
    for (const value of slugs) expect(slugSchema.safeParse(value).success, value).toBe(true)
  })

  it('contains no placeholder text', () => {
    const text = JSON.stringify(all).toLowerCase()
    for (const placeholder of ['lorem', 'ipsum', 'todo', 'xxx', 'placeholder']) expect(text).not.toContain(placeholder)
  })
})
