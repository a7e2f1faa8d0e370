import { describe, expect, it } from 'vitest'
import { smallPlan } from './plan-fixture'
import { validateDefinition } from './validate-definition'

const ORGANISATIONS = ['slachtofferhulp-nederland']

describe('validateDefinition: plans', () => {
  it('accepts a sound plan', () => {
    expect(validateDefinition(smallPlan(), { knownOrganisations: ORGANISATIONS })).toEqual([])
  })

  it('names a line for a section that does not exist', () => {
    const plan = smallPlan()
    plan.steps[1].options[0].items[0].section = 'planning'
    expect(validateDefinition(plan)).toEqual([
      {
        path: 'steps.1.options.0.items.0.section',
        code: 'missing-section',
        message:
          'Vraag "vaak" → antwoord "dagelijks" → punt 1: het onderdeel "planning" bestaat niet. Kies een van: "wie", "taken", "regie", "contact".',
      },
    ])
  })

  it('names an empty line, in an answer and among the fixed lines', () => {
    const plan = smallPlan()
    plan.steps[0].options[1].items[1].text = '   '
    plan.sections[3].items = [{ text: '' }, { text: 'Bel bij vragen Slachtofferhulp Nederland.' }]
    expect(validateDefinition(plan)).toEqual([
      {
        path: 'sections.3.items.0.text',
        code: 'empty-item',
        message: 'Onderdeel "contact" → vast punt 1: de tekst is leeg. Schrijf wat er in het plan komt, of haal het punt weg.',
      },
      {
        path: 'steps.0.options.1.items.1.text',
        code: 'empty-item',
        message: 'Vraag "taken" → antwoord "vervoer" → punt 2: de tekst is leeg. Schrijf wat er in het plan komt, of haal het punt weg.',
      },
      {
        path: 'sections.0',
        code: 'empty-section',
        message:
          'Onderdeel "wie": blijft altijd leeg, want geen antwoord voegt er een punt aan toe. Voeg een vast punt toe, laat een antwoord er een punt aan geven, of verwijder het onderdeel.',
      },
    ])
  })

  it('names an answer that adds nothing and a question with one answer', () => {
    const plan = smallPlan()
    plan.steps[1].options = [{ ...plan.steps[1].options[0], items: [] }]
    expect(validateDefinition(plan).map((p) => [p.path, p.code, p.message])).toEqual([
      ['steps.1.options', 'no-options', 'Vraag "vaak": heeft maar één antwoord. Geef de helper minstens twee antwoorden om uit te kiezen.'],
      [
        'steps.1.options.0.items',
        'empty-answer',
        'Vraag "vaak" → antwoord "dagelijks": voegt niets toe aan het plan. Geef dit antwoord minstens één punt voor een onderdeel.',
      ],
    ])
  })

  it('names duplicate keys of sections, questions and answers', () => {
    const plan = smallPlan()
    plan.sections[1].key = 'wie'
    plan.steps[1].key = 'taken'
    plan.steps[1].options[1].key = 'dagelijks'
    expect(
      validateDefinition(plan)
        .filter((p) => p.code === 'duplicate-key')
        .map((p) => [p.path, p.message]),
    ).toEqual([
      ['sections.1.key', 'Onderdeel "wie": deze sleutel wordt al door een ander onderdeel gebruikt. Geef elk onderdeel een eigen sleutel.'],
      ['steps.1.key', 'Vraag "taken": deze sleutel wordt al door een andere vraag gebruikt. Geef elke vraag een eigen sleutel.'],
      ['steps.1.options.1.key', 'Vraag "taken" → antwoord "dagelijks": deze sleutel komt twee keer voor bij deze vraag.'],
    ])
  })

  it('names a contact that is not among the organisations', () => {
    const plan = smallPlan()
    plan.organisations = [{ organisation: 'steunpunt-x', why: 'Bestaat niet.' }]
    expect(validateDefinition(plan, { knownOrganisations: ORGANISATIONS })).toEqual([
      {
        path: 'organisations.0.organisation',
        code: 'missing-organisation',
        message: 'Contact "steunpunt-x": staat niet bij de organisaties. Kies een bestaande organisatie of voeg haar eerst toe.',
      },
    ])
  })

  it('names a missing list and a section without title in the editor’s words', () => {
    const { steps: _steps, ...plan } = smallPlan()
    plan.sections[2] = { ...plan.sections[2], title: '' }
    expect(validateDefinition(plan).map((p) => p.message)).toEqual([
      'Onderdeel "regie" → veld "titel": mag niet leeg zijn.',
      'Veld "vragen": moet ingevuld zijn.',
    ])
  })
})
