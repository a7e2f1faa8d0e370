/** Short builders for the referral trees, so the tree files read as routing plus wording. */
import type { Delict, ToolLink, TreeOutcomeNode, TreeQuestionNode } from '@vsp/content-models'
import { TAG } from './referral-safety-rules'

/** `[key, label, next, tags?]` per answer; the tags tell the safety rules what the answer means. */
export type AnswerRow = [key: string, label: string, next: string, tags?: string[]]

export function question(key: string, text: string, options: AnswerRow[], help?: string): TreeQuestionNode {
  return {
    kind: 'question',
    key,
    text,
    ...(help ? { help } : {}),
    options: options.map(([optionKey, label, next, tags]) => ({ key: optionKey, label, next, ...(tags ? { tags } : {}) })),
  }
}

/**
 * The answers to "Wat is er gebeurd?" about an adult victim, one per checklist delict, in
 * every referral tree alike: a delict is added here once. Each leads to the outcome of the
 * same key, except where the next question decides what is needed: sexual violence asks when
 * (`seksueel-wanneer`), violence and stalking ask who did it (`geweld-dader`, `stalking-dader`),
 * so what happened is asked whatever the relation to the offender.
 */
export const DELICT_OPTIONS: AnswerRow[] = [
  ['fraude', 'Fraude of oplichting', 'fraude'],
  ['geweld', 'Geweld, mishandeling of bedreiging', 'geweld-dader'],
  ['nabestaande', 'Het verlies van een dierbare door zelfdoding', 'nabestaande-zelfdoding'],
  ['online-seksueel', 'Online seksuele intimidatie of sextortion', 'online-seksuele-intimidatie'],
  ['overval', 'Een overval of beroving', 'overval-of-beroving'],
  ['seksueel', 'Seksueel misbruik, aanranding of verkrachting', 'seksueel-wanneer', [TAG.sexual]],
  ['stalking', 'Stalking', 'stalking-dader'],
  ['verkeer', 'Een verkeersongeval', 'verkeersongeval'],
  ['inbraak', 'Een woninginbraak', 'woninginbraak'],
]

/** When did the sexual violence happen? Not knowing counts as recent: the safe side. */
export const WHEN_OPTIONS = (recent: string, longer: string): AnswerRow[] => [
  ['recent', 'In de afgelopen zeven dagen', recent, [TAG.recent]],
  ['langer', 'Langer dan een week geleden', longer],
  ['weet-niet', 'Dat weet ik niet precies', recent, [TAG.recent]],
]

/** Who did it, for violence and stalking against an adult. */
export const RELATION_OPTIONS = (domestic: string, other: string): AnswerRow[] => [
  ['huiselijk', 'Een partner, ex-partner, familielid of huisgenoot', domestic, [TAG.domestic]],
  ['anders', 'Iemand anders, of dat weet ik niet', other],
]

/** Who did it, for something that happened to a child. */
export const CHILD_RELATION_OPTIONS = (home: string, sport: string, other: string): AnswerRow[] => [
  ['thuis', 'Een ouder, verzorger, gezinslid of ander familielid', home, [TAG.domestic]],
  ['sport', 'Een trainer, coach of iemand anders bij de sportclub', sport, [TAG.sport]],
  ['anders', 'Iemand anders, of dat weet ik niet', other],
]

/** Something at the sports club: sexual abuse is asked about straight away, with when. */
export const CHILD_SPORT_OPTIONS = (recent: string, longer: string, other: string): AnswerRow[] => [
  ['seksueel-recent', 'Ja, seksueel misbruik in de afgelopen zeven dagen, of ik weet niet wanneer', recent, [TAG.sexual, TAG.recent]],
  ['seksueel-langer', 'Ja, seksueel misbruik langer dan een week geleden', longer, [TAG.sexual]],
  ['nee', 'Nee, iets anders, zoals intimidatie, pesten of geweld', other],
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
