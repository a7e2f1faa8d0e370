/** Short builders for the referral trees, so the tree files read as routing plus wording. */
import type { Delict, ToolLink, TreeOutcomeNode, TreeQuestionNode } from '@vsp/content-models'

/** `[key, label, next]` per answer. */
export function question(key: string, text: string, options: [string, string, string][], help?: string): TreeQuestionNode {
  return { kind: 'question', key, text, ...(help ? { help } : {}), options: options.map(([optionKey, label, next]) => ({ key: optionKey, label, next })) }
}

export interface OutcomeText {
  title: string
  advice: string
  /** `[organisation slug, why]` per organisation, most fitting first. */
  organisations: [string, string][]
  urgent?: boolean
  delicts?: Delict[]
  links?: ToolLink[]
}

export function outcome(key: string, text: OutcomeText): TreeOutcomeNode {
  const { organisations, ...rest } = text
  return { kind: 'outcome', key, ...rest, organisations: organisations.map(([organisation, why]) => ({ organisation, why })) }
}
