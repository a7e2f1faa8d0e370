/** Regression table for the steungroep plan: answers → the plan's sections and lines. */
import { describe, expect, it } from 'vitest'
import { assemblePlan, type AssembledPlan } from '@vsp/tool-engine'
import type { ToolAnswers } from '@vsp/content-models'
import { helperThemes } from '../helpers'
import { organisations } from '../professionals'
import { steungroepDefinition, startEenSteungroep } from './start-een-steungroep'

const plan = steungroepDefinition
const allFirst: ToolAnswers = Object.fromEntries(
  plan.steps.map((step) => [step.key, step.kind === 'multiple' ? [step.options[0].key] : step.options[0].key]),
)
const section = (result: AssembledPlan | null, key: string) => result?.sections.find((s) => s.key === key)?.items.join('\n') ?? ''
const texts = [
  startEenSteungroep.intro ?? '',
  startEenSteungroep.summary ?? '',
  ...plan.sections.flatMap((s) => [s.title, s.intro ?? '', ...(s.items ?? []).map((i) => i.text)]),
  ...plan.steps.flatMap((q) => [q.text, q.help ?? '', ...q.options.flatMap((o) => [o.label, ...o.items.map((i) => i.text)])]),
  ...(plan.organisations ?? []).map((o) => o.why),
]

const table: { name: string; answers: ToolAnswers; shows: Record<string, RegExp>; absent?: Record<string, RegExp> }[] = [
  {
    name: 'not yet asked: ask the victim first, invite no one before',
    answers: { ...allFirst, toestemming: 'nog-niet' },
    shows: { regie: /Vraag het slachtoffer eerst[\s\S]*Nodig pas mensen uit als het slachtoffer ja zegt/ },
    absent: { regie: /wil een steungroep\./ },
  },
  {
    name: 'the victim hesitates: respect it, stay there, ask again later',
    answers: { ...allFirst, toestemming: 'twijfelt' },
    shows: { regie: /Respecteer een nee[\s\S]*Vraag over een paar weken gerust opnieuw/ },
  },
  {
    name: 'the helper coordinates: with a stand-in, under "te veel"',
    answers: { ...allFirst, coordinator: 'ikzelf' },
    shows: { coordinator: /U bent de coördinator/, 'te-veel': /vervanger/ },
  },
  {
    name: 'someone else coordinates: no stand-in line for the helper',
    answers: { ...allFirst, coordinator: 'iemand-anders' },
    shows: { coordinator: /iemand die goed kan organiseren/ },
    absent: { 'te-veel': /vervanger/ },
  },
  {
    name: 'several tasks and ways to handle overload, each its own line',
    answers: { ...allFirst, taken: ['vervoer', 'regelzaken', 'gezelschap'], 'te-veel': ['melden', 'ruilen-pauze', 'hulp-voor-helper'] },
    shows: {
      taken: /^Vervoer:[\s\S]*\nPost en formulieren:[\s\S]*Het slachtoffer beslist en tekent zelf\.\nGezelschap:/,
      'te-veel': /Niemand hoeft uit te leggen waarom[\s\S]*pauze nemen mag altijd[\s\S]*huisarts/,
      hulp: /Centrale Service Lijn[\s\S]*Ook als helper/,
    },
  },
  {
    name: 'not yet known who: make the list together with the victim',
    answers: { ...allFirst, kring: ['weet-niet'] },
    shows: { wie: /^Maak samen met het slachtoffer een lijst/ },
  },
]

describe('start een steungroep', () => {
  it.each(table)('$name', ({ answers, shows, absent }) => {
    const result = assemblePlan(plan, answers)
    for (const [key, pattern] of Object.entries(shows)) expect(section(result, key), key).toMatch(pattern)
    for (const [key, pattern] of Object.entries(absent ?? {})) expect(section(result, key), key).not.toMatch(pattern)
  })

  it('always starts with the victim in charge, and always ends with where to get advice, with the organisations to call', () => {
    for (const row of table) {
      const result = assemblePlan(plan, row.answers)
      expect(result?.sections[0]?.key).toBe('regie')
      expect(result?.sections.at(-1)?.key).toBe('hulp')
      expect(section(result, 'hulp')).toMatch(/Slachtofferhulp Nederland, de Centrale Service Lijn/)
      expect(result?.organisations.map((o) => o.organisation)).toEqual(['slachtofferhulp-nederland', 'huisarts', '113-zelfmoordpreventie'])
    }
  })

  it('covers who to ask, what each does, how often, the victim in charge and overload in every plan', () => {
    const result = assemblePlan(plan, allFirst)
    expect(result?.sections.map((s) => s.key)).toEqual(['regie', 'wie', 'coordinator', 'taken', 'hoe-vaak', 'afspraken', 'te-veel', 'hulp'])
    expect(result?.sections.find((s) => s.key === 'wie')?.writeIn).toBeGreaterThanOrEqual(3)
  })

  it('names only phone numbers of the seeded organisations', () => {
    const seeded = new Set(
      organisations.flatMap((o) => o.contacts.filter((c) => c.kind === 'phone').map((c) => c.value.replace(/\D/g, ''))),
    )
    const numbers = texts.flatMap((text) => text.match(/\b\d[\d -]{1,12}\d\b|\b\d{3}\b/g) ?? []).map((n) => n.replace(/\D/g, ''))
    expect(numbers.length).toBeGreaterThan(0)
    for (const number of numbers) expect(seeded, number).toContain(number)
    for (const entry of plan.organisations ?? []) expect(organisations.map((o) => o.slug)).toContain(entry.organisation)
  })

  it('addresses the helper with "u", never "je" or "jij"', () => {
    expect(texts.join(' ')).not.toMatch(/\b(je|jij|jou|jouw|jezelf)\b/i)
  })

  it('is the tool the theme page "Start een steungroep" promises, and that page links to it', () => {
    const page = helperThemes.find((theme) => theme.slug === 'start-een-steungroep')
    expect(startEenSteungroep.title).toBe(page?.title)
    expect(page?.body).toContain('(/tools/start-een-steungroep/)')
  })
})
