/**
 * A guided plan (start een steungroep): every step is a question, every answer adds lines to
 * named sections, and the result is the plan assembled from the answers, in section order.
 */
import type { OutcomeOrganisation, PlanDefinition, PlanQuestion, ToolAnswers } from '@vsp/content-models'

export interface PlanSectionResult {
  key: string
  title: string
  intro: string | null
  /** The lines of this section: the fixed ones first, then those the answers added, each once. */
  items: string[]
  /** Empty lines to write on by hand in the printed plan. */
  writeIn: number
}

export interface AssembledPlan {
  /** Sections with at least one line, in the editor's order. */
  sections: PlanSectionResult[]
  organisations: OutcomeOrganisation[]
}

/** All steps are shown, one after another: a plan has no branches. */
export function planSteps(definition: PlanDefinition): PlanQuestion[] {
  return definition.steps
}

/** The options an answer chose; none when the step is unanswered. */
function chosen(step: PlanQuestion, answers: ToolAnswers) {
  const value = answers[step.key]
  const keys = new Set(Array.isArray(value) ? value : typeof value === 'string' ? [value] : [])
  return step.options.filter((option) => keys.has(option.key))
}

/** The plan once every step is answered; null while one is open. */
export function assemblePlan(definition: PlanDefinition, answers: ToolAnswers): AssembledPlan | null {
  if (definition.steps.some((step) => chosen(step, answers).length === 0)) return null
  const lines = new Map(definition.sections.map((section) => [section.key, (section.items ?? []).map((item) => item.text.trim())]))
  for (const step of definition.steps) {
    for (const option of chosen(step, answers)) {
      for (const item of option.items) lines.get(item.section)?.push(item.text.trim())
    }
  }
  const sections = definition.sections.flatMap((section) => {
    const items = [...new Set(lines.get(section.key))].filter((text) => text !== '')
    if (items.length === 0) return []
    return [{ key: section.key, title: section.title, intro: section.intro ?? null, items, writeIn: section.writeIn ?? 0 }]
  })
  return { sections, organisations: definition.organisations ?? [] }
}
