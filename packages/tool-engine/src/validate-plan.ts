/**
 * Checks that a plan holds together: every line goes to a section that exists and says
 * something, every answer adds to the plan, every section can get a line, and the contacts exist.
 */
import type { PlanDefinition } from '@vsp/content-models'
import { place, problem, type DefinitionProblem } from './problem'

export function validatePlan(definition: PlanDefinition, knownOrganisations?: readonly string[]): DefinitionProblem[] {
  const problems: DefinitionProblem[] = []
  const sections = new Set<string>()
  const filled = new Set<string>()
  const sectionList = definition.sections.map((section) => `"${section.key}"`).join(', ')

  definition.sections.forEach((section, i) => {
    const where = place(['Onderdeel', section.key])
    if (sections.has(section.key)) {
      problems.push(
        problem(
          ['sections', i, 'key'],
          'duplicate-key',
          `${where}: deze sleutel wordt al door een ander onderdeel gebruikt. Geef elk onderdeel een eigen sleutel.`,
        ),
      )
    }
    sections.add(section.key)
    ;(section.items ?? []).forEach((item, k) => {
      if (item.text.trim() === '') {
        problems.push(
          problem(
            ['sections', i, 'items', k, 'text'],
            'empty-item',
            `${where} → vast punt ${k + 1}: de tekst is leeg. Schrijf wat er in het plan komt, of haal het punt weg.`,
          ),
        )
      } else filled.add(section.key)
    })
  })

  const stepKeys = new Set<string>()
  definition.steps.forEach((step, i) => {
    const stepPlace = place(['Vraag', step.key])
    if (stepKeys.has(step.key)) {
      problems.push(
        problem(
          ['steps', i, 'key'],
          'duplicate-key',
          `${stepPlace}: deze sleutel wordt al door een andere vraag gebruikt. Geef elke vraag een eigen sleutel.`,
        ),
      )
    }
    stepKeys.add(step.key)
    if (step.options.length < 2) {
      problems.push(
        problem(
          ['steps', i, 'options'],
          'no-options',
          `${stepPlace}: heeft ${step.options.length === 0 ? 'geen antwoorden' : 'maar één antwoord'}. Geef de helper minstens twee antwoorden om uit te kiezen.`,
        ),
      )
    }
    const optionKeys = new Set<string>()
    step.options.forEach((option, j) => {
      const where = place(['Vraag', step.key], ['antwoord', option.key])
      if (optionKeys.has(option.key)) {
        problems.push(
          problem(['steps', i, 'options', j, 'key'], 'duplicate-key', `${where}: deze sleutel komt twee keer voor bij deze vraag.`),
        )
      }
      optionKeys.add(option.key)
      if (option.items.length === 0) {
        problems.push(
          problem(
            ['steps', i, 'options', j, 'items'],
            'empty-answer',
            `${where}: voegt niets toe aan het plan. Geef dit antwoord minstens één punt voor een onderdeel.`,
          ),
        )
      }
      option.items.forEach((item, k) => {
        const itemPath = ['steps', i, 'options', j, 'items', k]
        if (!sections.has(item.section)) {
          problems.push(
            problem(
              [...itemPath, 'section'],
              'missing-section',
              `${where} → punt ${k + 1}: het onderdeel "${item.section}" bestaat niet. Kies een van: ${sectionList}.`,
            ),
          )
        }
        if (item.text.trim() === '') {
          problems.push(
            problem(
              [...itemPath, 'text'],
              'empty-item',
              `${where} → punt ${k + 1}: de tekst is leeg. Schrijf wat er in het plan komt, of haal het punt weg.`,
            ),
          )
        } else filled.add(item.section)
      })
    })
  })

  definition.sections.forEach((section, i) => {
    if (!filled.has(section.key)) {
      problems.push(
        problem(
          ['sections', i],
          'empty-section',
          `${place(['Onderdeel', section.key])}: blijft altijd leeg, want geen antwoord voegt er een punt aan toe. \
Voeg een vast punt toe, laat een antwoord er een punt aan geven, of verwijder het onderdeel.`,
        ),
      )
    }
  })

  if (knownOrganisations) {
    const known = new Set(knownOrganisations)
    ;(definition.organisations ?? []).forEach((entry, k) => {
      if (!known.has(entry.organisation)) {
        problems.push(
          problem(
            ['organisations', k, 'organisation'],
            'missing-organisation',
            `${place(['Contact', entry.organisation])}: staat niet bij de organisaties. Kies een bestaande organisatie of voeg haar eerst toe.`,
          ),
        )
      }
    })
  }
  return problems
}
