/**
 * The steps an answer can lead to, read from the form being edited: what the "Volgende stap"
 * and "Eerste stap" selects offer, each step named by its text so an editor picks it by what it
 * says rather than by a code typed from memory.
 */
import type { FormFieldState } from '../../../components/form-state-values'

export interface StepChoice {
  value: string
  label: string
}

const KIND_LABEL: Record<string, string> = { question: 'Vraag', outcome: 'Uitkomst' }

export function stepChoices(fields: Record<string, FormFieldState | undefined>, listPath = 'definition.nodes'): StepChoice[] {
  const choices: StepChoice[] = []
  const seen = new Set<string>()
  const rows = fields[listPath]?.rows?.length ?? 0
  for (let i = 0; i < rows; i++) {
    const at = (name: string) => fields[`${listPath}.${i}.${name}`]?.value
    const key = String(at('key') ?? '').trim()
    if (!key || seen.has(key)) continue
    seen.add(key)
    const kind = String(at('blockType') ?? '')
    const text = String((kind === 'outcome' ? at('title') : at('text')) ?? '').trim()
    choices.push({ value: key, label: `${KIND_LABEL[kind] ?? 'Stap'}: ${text || key} (${key})` })
  }
  return choices
}
