/**
 * Persona regression table for the helpers' referral tree: answers → outcome, organisations,
 * advice. The rows marked "issue 9" are the unsafe paths found when the tree was walked as a
 * person would; each now ends where that situation needs.
 */
import { describe } from 'vitest'
import { doorverwijstoolHelpersDefinition } from './doorverwijstool-helpers'
import { referralTreeChecks, type TreeRow } from './referral-tree-checks'

const safe = { 'direct-gevaar': 'nee', zelfdoding: 'nee', 'voor-wie': 'slachtoffer' }
const adult = { ...safe, minderjarig: 'nee' }
const child = { ...safe, minderjarig: 'ja' }
const SHN = 'slachtofferhulp-nederland'
const CSG = 'centrum-seksueel-geweld'
const CVSN = 'centrum-veilige-sport-nederland'
const KT = 'de-kindertelefoon'
const CHILD_RECENT = [CSG, 'veilig-thuis', 'politie', CVSN, KT]
const CHILD_SEXUAL = [CSG, 'veilig-thuis', 'politie', CVSN, KT]
const CHILD_SPORT = [CVSN, 'politie', 'veilig-thuis', CSG, KT]
const ADULT_RECENT = [CSG, 'politie', 'veilig-thuis']

const table: TreeRow[] = [
  {
    name: 'direct gevaar',
    answers: { 'direct-gevaar': 'ja' },
    outcome: 'bel-112',
    organisations: ['alarmnummer-112'],
    advice: 'bel 112',
    urgent: true,
  },
  {
    name: 'de ander denkt aan zelfdoding',
    answers: { 'direct-gevaar': 'nee', zelfdoding: 'ja' },
    outcome: 'bel-113',
    organisations: ['113-zelfmoordpreventie', 'huisarts', 'alarmnummer-112'],
    advice: '0800-0113',
    urgent: true,
  },
  {
    name: 'issue 9: helper met sombere gedachten krijgt 113',
    answers: { ...safe, 'voor-wie': 'mijzelf', 'helper-somber': 'ja' },
    outcome: 'helper-113',
    organisations: ['113-zelfmoordpreventie', 'huisarts', 'alarmnummer-112'],
    advice: 'Bel 113 of gratis 0800-0113, of chat via 113.nl',
    urgent: true,
  },
  {
    name: 'issue 9: helper zonder sombere gedachten ziet 113 ook',
    answers: { ...safe, 'voor-wie': 'mijzelf', 'helper-somber': 'nee' },
    outcome: 'hulp-voor-helper',
    organisations: [SHN, 'mind-korrelatie', 'huisarts', '113-zelfmoordpreventie'],
    advice: 'bel dan 113 of gratis 0800-0113, of chat via 113.nl',
  },
  {
    name: 'issue 9: kind, seksueel misbruik thuis deze week',
    answers: { ...child, 'kind-wat': 'seksueel', 'kind-seksueel-wanneer': 'recent' },
    outcome: 'kind-seksueel-recent',
    organisations: CHILD_RECENT,
    advice: 'Gebeurde het thuis of door een gezinslid',
    urgent: true,
  },
  {
    name: 'issue 9: kind, seksueel misbruik, onbekend wanneer',
    answers: { ...child, 'kind-wat': 'seksueel', 'kind-seksueel-wanneer': 'weet-niet' },
    outcome: 'kind-seksueel-recent',
    organisations: CHILD_RECENT,
    advice: 'ook als u niet precies weet wanneer',
    urgent: true,
  },
  {
    name: 'issue 9: kind, seksueel misbruik thuis, langer geleden',
    answers: { ...child, 'kind-wat': 'seksueel', 'kind-seksueel-wanneer': 'langer', 'kind-seksueel-dader': 'thuis' },
    outcome: 'kind-seksueel-thuis',
    organisations: ['veilig-thuis', CSG, KT, 'politie'],
    advice: 'is daar niet veilig',
    urgent: true,
  },
  {
    name: 'kind, seksueel misbruik door een bekende, langer geleden',
    answers: { ...child, 'kind-wat': 'seksueel', 'kind-seksueel-wanneer': 'langer', 'kind-seksueel-dader': 'anders' },
    outcome: 'kind-seksueel-geweld',
    organisations: CHILD_SEXUAL,
    advice: 'ook als het langer dan een week geleden is',
    urgent: true,
  },
  {
    name: 'issue 9: kind, seksueel misbruik door trainer, langer geleden',
    answers: { ...child, 'kind-wat': 'seksueel', 'kind-seksueel-wanneer': 'langer', 'kind-seksueel-dader': 'sport' },
    outcome: 'kind-seksueel-geweld',
    organisations: CHILD_SEXUAL,
    advice: 'Centrum Veilige Sport Nederland',
    urgent: true,
  },
  {
    name: 'issue 9: kind, misbruik door trainer deze week (via "sportclub")',
    answers: { ...child, 'kind-wat': 'sport', 'kind-sport-wat': 'seksueel-recent' },
    outcome: 'kind-seksueel-recent',
    organisations: CHILD_RECENT,
    advice: 'de eerste 72 uur zijn cruciaal',
    urgent: true,
  },
  {
    name: 'issue 9: kind, misbruik door trainer langer geleden (via "sportclub")',
    answers: { ...child, 'kind-wat': 'sport', 'kind-sport-wat': 'seksueel-langer' },
    outcome: 'kind-seksueel-geweld',
    organisations: CHILD_SEXUAL,
    advice: 'Veilig Thuis (0800-2000)',
    urgent: true,
  },
  {
    name: 'issue 9: kind, intimidatie door trainer: ook politie, CSG en Veilig Thuis',
    answers: { ...child, 'kind-wat': 'sport', 'kind-sport-wat': 'nee' },
    outcome: 'kind-sport',
    organisations: CHILD_SPORT,
    advice: 'aangifte doen bij de politie',
  },
  {
    name: 'kind, mishandeld door trainer',
    answers: { ...child, 'kind-wat': 'geweld', 'kind-geweld-dader': 'sport' },
    outcome: 'kind-sport',
    organisations: CHILD_SPORT,
    advice: 'vertrouwenscontactpersoon',
  },
  {
    name: 'kind, mishandeld door een ouder',
    answers: { ...child, 'kind-wat': 'geweld', 'kind-geweld-dader': 'thuis' },
    outcome: 'kind-huiselijk-geweld',
    organisations: ['veilig-thuis', KT, 'politie'],
    advice: 'Ook met een vermoeden mag u bellen',
  },
  {
    name: 'kind, zorgen over thuis zonder te weten wat',
    answers: { ...child, 'kind-wat': 'zorgen' },
    outcome: 'kind-huiselijk-geweld',
    organisations: ['veilig-thuis', KT, 'politie'],
    advice: 'u hoeft het niet zeker te weten',
  },
  {
    name: 'kind, beroofd op straat',
    answers: { ...child, 'kind-wat': 'geweld', 'kind-geweld-dader': 'anders' },
    outcome: 'kind-algemeen',
    organisations: [SHN, KT],
    advice: 'helpt ook kinderen',
  },
  {
    name: 'kind, online',
    answers: { ...child, 'kind-wat': 'online' },
    outcome: 'kind-online',
    organisations: ['helpwanted', 'politie', KT],
    advice: 'Maak geen kopie of screenshot',
  },
  {
    name: 'kind, iets anders',
    answers: { ...child, 'kind-wat': 'anders' },
    outcome: 'kind-algemeen',
    organisations: [SHN, KT],
    advice: 'helpt ook kinderen',
  },
  {
    name: 'issue 9: volwassene, twee dagen geleden verkracht door partner',
    answers: { ...adult, 'wat-gebeurd': 'seksueel', 'seksueel-wanneer': 'recent' },
    outcome: 'seksueel-geweld-recent',
    organisations: ADULT_RECENT,
    advice: 'ook als de dader een partner, ex-partner of familielid is',
    urgent: true,
  },
  {
    name: 'issue 9: verkrachting, niet precies bekend wanneer',
    answers: { ...adult, 'wat-gebeurd': 'seksueel', 'seksueel-wanneer': 'weet-niet' },
    outcome: 'seksueel-geweld-recent',
    organisations: ADULT_RECENT,
    advice: 'binnen ongeveer 72 uur, een koperspiraal tot 5 dagen',
    urgent: true,
  },
  {
    name: 'seksueel misbruik jaren geleden, door een familielid',
    answers: { ...adult, 'wat-gebeurd': 'seksueel', 'seksueel-wanneer': 'langer' },
    outcome: 'seksueel-geweld-langer-geleden',
    organisations: [CSG, SHN, 'veilig-thuis', 'huisarts'],
    advice: 'Ook als het langer geleden is',
  },
  {
    name: 'volwassene, geweld door ex-partner',
    answers: { ...adult, 'wat-gebeurd': 'geweld', 'geweld-dader': 'huiselijk' },
    outcome: 'huiselijk-geweld',
    organisations: ['veilig-thuis', SHN, 'politie'],
    advice: 'veiligheidsplan',
  },
  {
    name: 'volwassene, gestalkt door ex-partner',
    answers: { ...adult, 'wat-gebeurd': 'stalking', 'stalking-dader': 'huiselijk' },
    outcome: 'huiselijk-geweld',
    organisations: ['veilig-thuis', SHN, 'politie'],
    advice: 'stalking door een partner',
  },
  {
    name: 'geweld door een onbekende',
    answers: { ...adult, 'wat-gebeurd': 'geweld', 'geweld-dader': 'anders' },
    outcome: 'geweld',
    organisations: [SHN, 'politie', 'huisarts', 'schadefonds-geweldsmisdrijven'],
    advice: 'Schadefonds Geweldsmisdrijven',
  },
  {
    name: 'stalking door een onbekende',
    answers: { ...adult, 'wat-gebeurd': 'stalking', 'stalking-dader': 'anders' },
    outcome: 'stalking',
    organisations: ['politie', SHN, 'juridisch-loket'],
    advice: 'is een advocaat nodig',
  },
  {
    name: 'fraude',
    answers: { ...adult, 'wat-gebeurd': 'fraude' },
    outcome: 'fraude',
    organisations: ['fraudehelpdesk', 'politie', SHN],
    advice: 'direct de bank bellen',
  },
  {
    name: 'nabestaande na zelfdoding',
    answers: { ...adult, 'wat-gebeurd': 'nabestaande' },
    outcome: 'nabestaande-zelfdoding',
    organisations: ['113-zelfmoordpreventie', SHN, 'huisarts'],
    advice: 'nabestaanden lopen zelf meer risico',
  },
  {
    name: 'online seksuele intimidatie',
    answers: { ...adult, 'wat-gebeurd': 'online-seksueel' },
    outcome: 'online-seksuele-intimidatie',
    organisations: ['helpwanted', 'politie', SHN],
    advice: 'niet betalen',
  },
  {
    name: 'overval',
    answers: { ...adult, 'wat-gebeurd': 'overval' },
    outcome: 'overval-of-beroving',
    organisations: ['politie', SHN, 'schadefonds-geweldsmisdrijven'],
    advice: 'passen en telefoon',
  },
  {
    name: 'verkeersongeval',
    answers: { ...adult, 'wat-gebeurd': 'verkeer' },
    outcome: 'verkeersongeval',
    organisations: [SHN, 'juridisch-loket', 'huisarts'],
    advice: 'verzekeraars',
  },
  {
    name: 'woninginbraak, net gebeurd',
    answers: { ...adult, 'wat-gebeurd': 'inbraak' },
    outcome: 'woninginbraak',
    organisations: ['politie', SHN, 'alarmnummer-112'],
    advice: 'Bel dan 112',
  },
  {
    name: 'iets anders, steun',
    answers: { ...adult, 'wat-gebeurd': 'anders', hulpvraag: 'steun' },
    outcome: 'algemeen-steun',
    organisations: [SHN],
    advice: 'De hulp is gratis',
  },
  {
    name: 'iets anders, juridisch',
    answers: { ...adult, 'wat-gebeurd': 'anders', hulpvraag: 'juridisch' },
    outcome: 'algemeen-juridisch',
    organisations: ['juridisch-loket', SHN],
    advice: 'gratis juridisch advies',
  },
  {
    name: 'dader betaalt niet na vonnis',
    answers: { ...adult, 'wat-gebeurd': 'anders', hulpvraag: 'schadevergoeding-vonnis' },
    outcome: 'schadevergoeding-na-vonnis',
    organisations: ['cjib-slachtofferinformatie', SHN],
    advice: 'voorschieten',
  },
]

describe('Doorverwijstool voor helpers', () => {
  referralTreeChecks(doorverwijstoolHelpersDefinition, table)
})
