/**
 * The safety rules (vangnetregels) both referral trees are seeded with, and the tags their
 * answers carry. The engine checks each rule on every path before a tree can be published.
 */
import type { SafetyRule } from '@vsp/content-models'

export const TAG = {
  danger: 'acuut-gevaar',
  suicide: 'zelfdoding',
  sexual: 'seksueel-geweld',
  recent: 'recent',
  child: 'kind',
  domestic: 'huiselijk',
  sport: 'sport',
} as const

const CSG = 'centrum-seksueel-geweld'
const VEILIG_THUIS = 'veilig-thuis'

export const REFERRAL_SAFETY_RULES: SafetyRule[] = [
  {
    name: 'Acuut gevaar: met spoed, en eerst 112',
    when: { allTags: [TAG.danger] },
    then: { urgent: true, mustNameFirst: 'alarmnummer-112' },
  },
  {
    name: 'Gedachten aan zelfdoding: met spoed, en eerst 113',
    when: { allTags: [TAG.suicide] },
    then: { urgent: true, mustNameFirst: '113-zelfmoordpreventie', mustName: ['alarmnummer-112'] },
  },
  {
    name: 'Seksueel geweld in de afgelopen zeven dagen: met spoed, en eerst het Centrum Seksueel Geweld',
    when: { allTags: [TAG.sexual, TAG.recent] },
    then: { urgent: true, mustNameFirst: CSG },
  },
  {
    name: 'Seksueel misbruik van een kind: met spoed, het Centrum Seksueel Geweld en Veilig Thuis',
    when: { allTags: [TAG.sexual, TAG.child] },
    then: { urgent: true, mustName: [CSG, VEILIG_THUIS] },
  },
  {
    name: 'Geweld door een (ex-)partner, familielid of huisgenoot: Veilig Thuis',
    when: { allTags: [TAG.domestic] },
    then: { mustName: [VEILIG_THUIS] },
  },
  {
    name: 'Grensoverschrijdend gedrag in de sport: ook de politie en het Centrum Seksueel Geweld',
    when: { allTags: [TAG.sport] },
    then: { mustName: ['centrum-veilige-sport-nederland', 'politie', CSG] },
  },
  {
    name: 'Grensoverschrijdend gedrag tegen een kind in de sport: ook Veilig Thuis',
    when: { allTags: [TAG.sport, TAG.child] },
    then: { mustName: [VEILIG_THUIS] },
  },
  {
    name: 'Elke uitkomst: minstens één organisatie met een telefoonnummer',
    then: { minPhoneOrganisations: 1 },
  },
]
