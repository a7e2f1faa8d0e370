import type { SeedReview } from '../types'
import { FACTS } from './facts'
import { CHECKED_ON } from './owners'

type Fact = keyof typeof FACTS

/**
 * Seeded pages whose facts were checked (issue 9), by `collection/site/slug`: only the listed facts
 * were read against a source, so the status is "partly"; the rest of the page is not checked.
 */
const checked: Record<string, Fact[]> = {
  'checklists/helpers/woninginbraak': ['inbraak112', 'onlineAangifte'],
  'checklists/helpers/algemeen': ['onlineAangifte', 'juridischLoket'],
  'checklists/helpers/overval-of-beroving': ['onlineAangifte'],
  'checklists/helpers/verkeersongeval': ['onlineAangifte'],
  'checklists/helpers/geweld': ['onlineAangifte'],
  'checklists/helpers/online-seksuele-intimidatie': ['onlineAangifte'],
  'checklists/helpers/stalking': ['onlineAangifte', 'straatverbodAdvocaat'],
  'themes/professionals/in-gesprek-over-aangifte': ['onlineAangifte'],
  'videos/professionals/leerkracht-na-incident-op-school': ['onlineAangifte'],
  'checklists/helpers/fraude': ['juridischLoket', 'onlineAangifte'],
  'themes/helpers/ondersteunen-bij-schadevergoeding': ['schadefondsTermijn', 'voegenTotRequisitoir', 'juridischLoket'],
  'themes/helpers/slachtofferrechten': ['slachtofferloket', 'juridischLoket', 'artikel12Termijn'],
  'themes/professionals/slachtofferrechten': ['schadefondsTermijn', 'artikel12Termijn'],
  'themes/helpers/ondersteunen-bij-aangifte': ['meldMisdaadAnoniem', 'juridischLoket'],
  'themes/helpers/passende-hulp-regelen': ['juridischLoket'],
  'themes/helpers/ondersteunen-bij-strafproces': ['artikel12Termijn', 'juridischLoket'],
  'themes/helpers/tips-en-ervaringen-van-andere-helpers': ['juridischLoket'],
  'themes/professionals/ik-ben-zelf-slachtoffer': ['schadefondsTermijn'],
  'videos/helpers/zo-verloopt-een-strafproces': ['artikel12Termijn', 'juridischLoket'],
  'videos/both/slachtofferrechten-in-het-kort': ['slachtofferloket', 'juridischLoket'],
  'videos/helpers/buurman-na-woninginbraak': ['onlineAangifte'],
  'course-modules/helpers/in-8-stappen-beter-helpen': ['juridischLoket', 'onlineAangifte'],
  'course-modules/professionals/basismodule-slachtofferbewust-werken': ['juridischLoket'],
  'course-modules/professionals/verdiepende-module-strafproces': [
    'schadefondsTermijn',
    'schadefondsWet',
    'voegenTotRequisitoir',
    'artikel12Termijn',
  ],
  'stappenplannen/professionals/incident-op-de-werkvloer': ['werkgever51f'],
}

export const checkedPages = Object.keys(checked)

/** The facts checked on a page, as a partial review record (the owner is added by the caller). */
export function pageReview(collection: string, site: string, slug: string): SeedReview | undefined {
  const facts = checked[`${collection}/${site}/${slug}`]
  if (!facts) return undefined
  return {
    status: 'partly',
    lastChecked: CHECKED_ON,
    sources: facts.map((fact) => ({ ...FACTS[fact] })),
    note: 'Alleen de feiten bij de bronnen zijn gecontroleerd; de rest van de pagina nog niet.',
  }
}
