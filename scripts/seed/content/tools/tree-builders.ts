/** Short builders for the referral trees, so the tree files read as routing plus wording. */
import type { Delict, ToolLink, TreeOutcomeNode, TreeQuestionNode } from '@vsp/content-models'

/** `[key, label, next]` per answer. */
export function question(key: string, text: string, options: [string, string, string][], help?: string): TreeQuestionNode {
  return { kind: 'question', key, text, ...(help ? { help } : {}), options: options.map(([optionKey, label, next]) => ({ key: optionKey, label, next })) }
}

/**
 * The answers to "Wat is er gebeurd?" about an adult victim, one per checklist delict, in
 * every referral tree alike: a delict is added here once. Each leads to the outcome of the
 * same key, except sexual violence, which first asks when (`seksueel-wanneer`).
 */
export const DELICT_OPTIONS: [string, string, string][] = [
  ['fraude', 'Fraude of oplichting', 'fraude'],
  ['geweld', 'Geweld of mishandeling', 'geweld'],
  ['nabestaande', 'Het verlies van een dierbare door zelfdoding', 'nabestaande-zelfdoding'],
  ['online-seksueel', 'Online seksuele intimidatie of sextortion', 'online-seksuele-intimidatie'],
  ['overval', 'Een overval of beroving', 'overval-of-beroving'],
  ['seksueel', 'Seksueel misbruik of verkrachting', 'seksueel-wanneer'],
  ['stalking', 'Stalking', 'stalking'],
  ['verkeer', 'Een verkeersongeval', 'verkeersongeval'],
  ['inbraak', 'Een woninginbraak', 'woninginbraak'],
]

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
