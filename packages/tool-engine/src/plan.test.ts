import { describe, expect, it } from 'vitest'
import { assemblePlan, planSteps } from './plan'
import { smallPlan } from './plan-fixture'

describe('plan', () => {
  const plan = smallPlan()

  it('shows every step, in order', () => {
    expect(planSteps(plan).map((step) => step.key)).toEqual(['taken', 'vaak'])
  })

  it('is not assembled while a step is open', () => {
    expect(assemblePlan(plan, {})).toBeNull()
    expect(assemblePlan(plan, { taken: ['vervoer'] })).toBeNull()
    expect(assemblePlan(plan, { taken: [], vaak: 'dagelijks' })).toBeNull()
  })

  it('puts each answer’s lines in their sections, fixed lines first, each line once, empty sections left out', () => {
    expect(assemblePlan(plan, { taken: ['boodschappen', 'vervoer'], vaak: 'wekelijks' })).toEqual({
      sections: [
        { key: 'wie', title: 'Wie doet mee', intro: 'Vraag eerst het slachtoffer.', items: ['Vraag iemand met een auto.'], writeIn: 4 },
        {
          key: 'taken',
          title: 'Wie doet wat',
          intro: null,
          items: ['Iemand doet de boodschappen.', 'Iemand rijdt naar afspraken.', 'Elke week komt iemand langs.'],
          writeIn: 0,
        },
        {
          key: 'regie',
          title: 'Het slachtoffer beslist',
          intro: null,
          items: ['Bespreek dit plan eerst met het slachtoffer.'],
          writeIn: 0,
        },
        { key: 'contact', title: 'Contact', intro: null, items: ['Bel bij vragen Slachtofferhulp Nederland.'], writeIn: 0 },
      ],
      organisations: [{ organisation: 'slachtofferhulp-nederland', why: 'Voor advies aan helpers.' }],
    })
  })

  it('follows the answers: other answers, another plan', () => {
    const result = assemblePlan(plan, { taken: ['weet-niet'], vaak: 'dagelijks' })
    expect(result?.sections.map((section) => [section.key, section.items])).toEqual([
      ['taken', ['Elke dag belt één persoon.']],
      ['regie', ['Bespreek dit plan eerst met het slachtoffer.', 'Vraag het slachtoffer wat het zwaarst is.']],
      ['contact', ['Bel bij vragen Slachtofferhulp Nederland.']],
    ])
  })
})
