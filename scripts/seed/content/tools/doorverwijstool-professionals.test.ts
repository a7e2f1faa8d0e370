/**
 * Persona regression table for the professionals' referral tree: answers → outcome,
 * organisations, advice. The rows marked "issue 9" are the unsafe paths found when the tree was
 * walked as a person would; each now ends where that situation needs.
 */
import { describe } from 'vitest'
import { doorverwijstoolProfessionalsDefinition } from './doorverwijstool-professionals'
import { referralTreeChecks, type TreeRow } from './referral-tree-checks'

const safe = { 'acuut-gevaar': 'nee', 'suicide-signalen': 'nee' }
const told = { ...safe, situatie: 'verteld' }
const adult = { ...told, minderjarig: 'nee' }
const child = { ...told, minderjarig: 'ja' }
const SHN = 'slachtofferhulp-nederland'
const CSG = 'centrum-seksueel-geweld'
const CVSN = 'centrum-veilige-sport-nederland'
const KT = 'de-kindertelefoon'
const CHILD_RECENT = [CSG, 'veilig-thuis', 'politie', CVSN, KT]
const CHILD_SEXUAL = [CSG, 'veilig-thuis', 'politie', CVSN]
const CHILD_SPORT = [CVSN, 'politie', 'veilig-thuis', CSG]
const ADULT_RECENT = [CSG, 'politie', 'veilig-thuis', CVSN]

const table: TreeRow[] = [
  {
    name: 'acuut gevaar',
    answers: { 'acuut-gevaar': 'ja' },
    outcome: 'bel-112',
    organisations: ['alarmnummer-112', 'veilig-thuis'],
    advice: 'Bel 112',
    urgent: true,
  },
  {
    name: 'signalen van suïcide',
    answers: { 'acuut-gevaar': 'nee', 'suicide-signalen': 'ja' },
    outcome: 'suicide-113',
    organisations: ['113-zelfmoordpreventie', 'huisarts', 'alarmnummer-112'],
    advice: 'verhoogt het risico niet',
    urgent: true,
  },
  {
    name: 'zelf slachtoffer',
    answers: { ...safe, situatie: 'zelf' },
    outcome: 'zelf-slachtoffer',
    organisations: [SHN, 'mind-korrelatie', 'huisarts'],
    advice: 'agressie op het werk',
  },
  {
    name: 'eerst overleggen',
    answers: { ...safe, situatie: 'overleg' },
    outcome: 'overleg',
    organisations: ['advieslijn-professionals'],
    advice: 'anoniem',
  },
  {
    name: 'issue 9: HR-medewerker met een vermoeden van huiselijk geweld: meldcode alleen als die geldt',
    answers: { ...safe, situatie: 'vermoeden', 'vermoeden-huiselijk': 'ja' },
    outcome: 'meldcode',
    organisations: ['veilig-thuis', 'advieslijn-professionals'],
    advice: 'Sportverenigingen en werkgevers buiten die sectoren vallen er niet onder',
  },
  {
    name: 'ander vermoeden',
    answers: { ...safe, situatie: 'vermoeden', 'vermoeden-huiselijk': 'nee' },
    outcome: 'vermoeden-overig',
    organisations: ['advieslijn-professionals', SHN],
    advice: 'Leg vast wat u ziet',
  },
  {
    name: 'issue 9: leerkracht, leerling deze week thuis seksueel misbruikt',
    answers: { ...child, 'kind-wat': 'seksueel', 'kind-seksueel-wanneer': 'recent' },
    outcome: 'kind-seksueel-recent',
    organisations: CHILD_RECENT,
    advice: 'Gebeurde het thuis, neem dan ook contact op met Veilig Thuis',
    urgent: true,
  },
  {
    name: 'issue 9: kind, seksueel misbruik, onbekend wanneer',
    answers: { ...child, 'kind-wat': 'seksueel', 'kind-seksueel-wanneer': 'weet-niet' },
    outcome: 'kind-seksueel-recent',
    organisations: CHILD_RECENT,
    advice: 'ook als niet zeker is wanneer',
    urgent: true,
  },
  {
    name: 'issue 9: kind, seksueel misbruik thuis, langer geleden',
    answers: { ...child, 'kind-wat': 'seksueel', 'kind-seksueel-wanneer': 'langer', 'kind-seksueel-dader': 'thuis' },
    outcome: 'kind-seksueel-thuis',
    organisations: ['veilig-thuis', CSG, 'politie', KT],
    advice: 'Werkt u met de meldcode, dan is dit acute of structurele onveiligheid',
    urgent: true,
  },
  {
    name: 'kind, seksueel misbruik buiten het gezin, langer geleden',
    answers: { ...child, 'kind-wat': 'seksueel', 'kind-seksueel-wanneer': 'langer', 'kind-seksueel-dader': 'anders' },
    outcome: 'kind-seksueel',
    organisations: CHILD_SEXUAL,
    advice: 'geen sturende vragen',
    urgent: true,
  },
  {
    name: 'issue 9: trainer, pupil langer geleden misbruikt door een collega-trainer',
    answers: { ...child, 'kind-wat': 'seksueel', 'kind-seksueel-wanneer': 'langer', 'kind-seksueel-dader': 'sport' },
    outcome: 'kind-seksueel',
    organisations: CHILD_SEXUAL,
    advice: 'Centrum Veilige Sport Nederland',
    urgent: true,
  },
  {
    name: 'issue 9: sportbestuurder, pupil deze week misbruikt door trainer',
    answers: { ...child, 'kind-wat': 'sport', 'kind-sport-wat': 'seksueel-recent' },
    outcome: 'kind-seksueel-recent',
    organisations: CHILD_RECENT,
    advice: 'De eerste 72 uur zijn cruciaal',
    urgent: true,
  },
  {
    name: 'issue 9: sportbestuurder, pupil langer geleden misbruikt door trainer',
    answers: { ...child, 'kind-wat': 'sport', 'kind-sport-wat': 'seksueel-langer' },
    outcome: 'kind-seksueel',
    organisations: CHILD_SEXUAL,
    advice: 'Vraag Veilig Thuis om advies',
    urgent: true,
  },
  {
    name: 'issue 9: sportbestuurder, trainer intimideert een pupil: politie, Veilig Thuis, CSG en geen meldcodeplicht',
    answers: { ...child, 'kind-wat': 'sport', 'kind-sport-wat': 'nee' },
    outcome: 'kind-sport',
    organisations: CHILD_SPORT,
    advice: 'Sportverenigingen vallen niet onder de Wet verplichte meldcode',
  },
  {
    name: 'kind, mishandeld door trainer',
    answers: { ...child, 'kind-wat': 'geweld', 'kind-geweld-dader': 'sport' },
    outcome: 'kind-sport',
    organisations: CHILD_SPORT,
    advice: 'vertrouwenscontactpersoon',
  },
  {
    name: 'issue 9: kind thuis mishandeld: "verplicht te melden" alleen onder de meldcode',
    answers: { ...child, 'kind-wat': 'geweld', 'kind-geweld-dader': 'thuis' },
    outcome: 'kind-thuis',
    organisations: ['veilig-thuis', KT, 'politie'],
    advice: 'Werkt u met de meldcode, volg die dan',
  },
  {
    name: 'kind, mishandeld op straat',
    answers: { ...child, 'kind-wat': 'geweld', 'kind-geweld-dader': 'anders' },
    outcome: 'kind-overig',
    organisations: [SHN, KT],
    advice: 'Betrek de ouders',
  },
  {
    name: 'kind, online',
    answers: { ...child, 'kind-wat': 'online' },
    outcome: 'kind-online',
    organisations: ['helpwanted', 'politie', KT],
    advice: 'ook dat is strafbaar',
  },
  {
    name: 'kind, iets anders',
    answers: { ...child, 'kind-wat': 'anders' },
    outcome: 'kind-overig',
    organisations: [SHN, KT],
    advice: 'Betrek de ouders',
  },
  {
    name: 'issue 9: huisarts, patiënte twee dagen geleden verkracht door ex-partner',
    answers: { ...adult, delict: 'seksueel', 'seksueel-wanneer': 'recent' },
    outcome: 'seksueel-recent',
    organisations: ADULT_RECENT,
    advice: 'ook als de dader een partner, ex-partner of familielid is',
    urgent: true,
  },
  {
    name: 'issue 9: verkrachting, niet precies bekend wanneer',
    answers: { ...adult, delict: 'seksueel', 'seksueel-wanneer': 'weet-niet' },
    outcome: 'seksueel-recent',
    organisations: ADULT_RECENT,
    advice: 'binnen ongeveer 72 uur, een koperspiraal tot 5 dagen',
    urgent: true,
  },
  {
    name: 'seksueel misbruik langer geleden',
    answers: { ...adult, delict: 'seksueel', 'seksueel-wanneer': 'langer' },
    outcome: 'seksueel-langer-geleden',
    organisations: [CSG, SHN, 'veilig-thuis', 'huisarts'],
    advice: 'tempo bepalen',
  },
  {
    name: 'issue 9: sporter deze week aangerand door trainer',
    answers: { ...adult, delict: 'sport', 'sport-wat': 'ja' },
    outcome: 'seksueel-recent',
    organisations: ADULT_RECENT,
    advice: 'De eerste 72 uur zijn cruciaal',
    urgent: true,
  },
  {
    name: 'issue 9: sporter geïntimideerd door trainer: ook politie en CSG',
    answers: { ...adult, delict: 'sport', 'sport-wat': 'nee' },
    outcome: 'sport-volwassene',
    organisations: [CVSN, 'politie', CSG, SHN],
    advice: 'aangifte doen bij de politie',
  },
  {
    name: 'geweld door partner',
    answers: { ...adult, delict: 'geweld', 'geweld-dader': 'huiselijk' },
    outcome: 'huiselijk-geweld',
    organisations: ['veilig-thuis', SHN, 'politie'],
    advice: 'ook van professionals die niet onder de meldcode vallen',
  },
  {
    name: 'stalking door ex-partner',
    answers: { ...adult, delict: 'stalking', 'stalking-dader': 'huiselijk' },
    outcome: 'huiselijk-geweld',
    organisations: ['veilig-thuis', SHN, 'politie'],
    advice: 'stalking door een ex-partner',
  },
  {
    name: 'geweld door een onbekende',
    answers: { ...adult, delict: 'geweld', 'geweld-dader': 'anders' },
    outcome: 'geweld',
    organisations: [SHN, 'politie', 'schadefonds-geweldsmisdrijven'],
    advice: 'Laat letsel vastleggen',
  },
  {
    name: 'stalking door een onbekende',
    answers: { ...adult, delict: 'stalking', 'stalking-dader': 'anders' },
    outcome: 'stalking',
    organisations: ['politie', SHN, 'juridisch-loket'],
    advice: 'is een advocaat nodig',
  },
  {
    name: 'fraude',
    answers: { ...adult, delict: 'fraude' },
    outcome: 'fraude',
    organisations: ['fraudehelpdesk', 'politie', SHN],
    advice: 'schuld van de oplichter',
  },
  {
    name: 'nabestaande',
    answers: { ...adult, delict: 'nabestaande' },
    outcome: 'nabestaande-zelfdoding',
    organisations: ['113-zelfmoordpreventie', SHN, 'huisarts'],
    advice: 'verhoogd risico',
  },
  {
    name: 'online seksuele intimidatie',
    answers: { ...adult, delict: 'online-seksueel' },
    outcome: 'online-seksuele-intimidatie',
    organisations: ['helpwanted', 'politie', SHN],
    advice: 'niet betalen',
  },
  {
    name: 'overval op het werk',
    answers: { ...adult, delict: 'overval' },
    outcome: 'overval-of-beroving',
    organisations: [SHN, 'politie'],
    advice: 'eerste opvang door collega',
  },
  {
    name: 'verkeersongeval',
    answers: { ...adult, delict: 'verkeer' },
    outcome: 'verkeersongeval',
    organisations: [SHN, 'juridisch-loket'],
    advice: 'schadeverhaal',
  },
  {
    name: 'woninginbraak, net gebeurd',
    answers: { ...adult, delict: 'inbraak' },
    outcome: 'woninginbraak',
    organisations: ['politie', SHN, 'alarmnummer-112'],
    advice: 'Dan is het 112',
  },
  {
    name: 'anders, steun',
    answers: { ...adult, delict: 'anders', hulpvraag: 'steun' },
    outcome: 'algemeen-steun',
    organisations: [SHN],
    advice: 'zelf aanmelden',
  },
  {
    name: 'anders, juridisch',
    answers: { ...adult, delict: 'anders', hulpvraag: 'juridisch' },
    outcome: 'algemeen-juridisch',
    organisations: ['juridisch-loket', SHN],
    advice: 'slachtofferrechten',
  },
  {
    name: 'anders, ernstig letsel',
    answers: { ...adult, delict: 'anders', hulpvraag: 'schadefonds' },
    outcome: 'schadefonds',
    organisations: ['schadefonds-geweldsmisdrijven', SHN],
    advice: 'eenmalige tegemoetkoming',
  },
  {
    name: 'anders, vonnis niet betaald',
    answers: { ...adult, delict: 'anders', hulpvraag: 'vonnis' },
    outcome: 'schadevergoeding-na-vonnis',
    organisations: ['cjib-slachtofferinformatie', SHN],
    advice: 'voorschieten',
  },
]

describe('Doorverwijstool voor professionals', () => {
  referralTreeChecks(doorverwijstoolProfessionalsDefinition, table)
})
