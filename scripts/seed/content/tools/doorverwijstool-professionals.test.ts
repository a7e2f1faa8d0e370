/** Regression table for the professionals' referral tree: answers → outcome, organisations, advice. */
import { describe } from 'vitest'
import { doorverwijstoolProfessionalsDefinition } from './doorverwijstool-professionals'
import { referralTreeChecks, type TreeRow } from './referral-tree-checks'

const safe = { 'acuut-gevaar': 'nee', 'suicide-signalen': 'nee' }
const told = { ...safe, situatie: 'verteld' }
const adult = { ...told, minderjarig: 'nee', 'relatie-dader': 'nee' }
const child = { ...told, minderjarig: 'ja' }
const SHN = 'slachtofferhulp-nederland'

const table: TreeRow[] = [
  { name: 'acuut gevaar', answers: { 'acuut-gevaar': 'ja' }, outcome: 'bel-112', organisations: ['alarmnummer-112', 'veilig-thuis'], advice: 'Bel 112', urgent: true },
  { name: 'signalen van suïcide', answers: { 'acuut-gevaar': 'nee', 'suicide-signalen': 'ja' }, outcome: 'suicide-113', organisations: ['113-zelfmoordpreventie', 'huisarts', 'alarmnummer-112'], advice: 'verhoogt het risico niet', urgent: true },
  { name: 'zelf slachtoffer', answers: { ...safe, situatie: 'zelf' }, outcome: 'zelf-slachtoffer', organisations: [SHN, 'mind-korrelatie', 'huisarts'], advice: 'agressie op het werk' },
  { name: 'eerst overleggen', answers: { ...safe, situatie: 'overleg' }, outcome: 'overleg', organisations: ['advieslijn-professionals'], advice: 'anoniem' },
  { name: 'vermoeden van kindermishandeling', answers: { ...safe, situatie: 'vermoeden', 'vermoeden-huiselijk': 'ja' }, outcome: 'meldcode', organisations: ['veilig-thuis', 'advieslijn-professionals'], advice: 'vijf stappen van de meldcode' },
  { name: 'ander vermoeden', answers: { ...safe, situatie: 'vermoeden', 'vermoeden-huiselijk': 'nee' }, outcome: 'vermoeden-overig', organisations: ['advieslijn-professionals', SHN], advice: 'Leg vast wat u ziet' },
  { name: 'kind, thuis', answers: { ...child, 'kind-context': 'thuis' }, outcome: 'kind-thuis', organisations: ['veilig-thuis', 'de-kindertelefoon'], advice: 'afwegingskader' },
  { name: 'kind, seksueel misbruik buiten gezin', answers: { ...child, 'kind-context': 'seksueel' }, outcome: 'kind-seksueel', organisations: ['centrum-seksueel-geweld', 'veilig-thuis', 'politie'], advice: 'geen sturende vragen' },
  { name: 'kind, online', answers: { ...child, 'kind-context': 'online' }, outcome: 'kind-online', organisations: ['helpwanted', 'politie', 'de-kindertelefoon'], advice: 'ook dat is strafbaar' },
  { name: 'kind, sport', answers: { ...child, 'kind-context': 'sport' }, outcome: 'kind-sport', organisations: ['centrum-veilige-sport-nederland', 'veilig-thuis'], advice: 'vertrouwenscontactpersoon' },
  { name: 'kind, elders', answers: { ...child, 'kind-context': 'anders' }, outcome: 'kind-overig', organisations: [SHN, 'de-kindertelefoon'], advice: 'Betrek de ouders' },
  { name: 'geweld door partner', answers: { ...told, minderjarig: 'nee', 'relatie-dader': 'ja' }, outcome: 'huiselijk-geweld', organisations: ['veilig-thuis', SHN, 'politie'], advice: 'meldcode' },
  { name: 'fraude', answers: { ...adult, delict: 'fraude' }, outcome: 'fraude', organisations: ['fraudehelpdesk', 'politie', SHN], advice: 'schuld van de oplichter' },
  { name: 'geweld', answers: { ...adult, delict: 'geweld' }, outcome: 'geweld', organisations: [SHN, 'politie', 'schadefonds-geweldsmisdrijven'], advice: 'Laat letsel vastleggen' },
  { name: 'nabestaande', answers: { ...adult, delict: 'nabestaande' }, outcome: 'nabestaande-zelfdoding', organisations: ['113-zelfmoordpreventie', SHN, 'huisarts'], advice: 'verhoogd risico' },
  { name: 'online seksuele intimidatie', answers: { ...adult, delict: 'online-seksueel' }, outcome: 'online-seksuele-intimidatie', organisations: ['helpwanted', 'politie', SHN], advice: 'niet betalen' },
  { name: 'overval op het werk', answers: { ...adult, delict: 'overval' }, outcome: 'overval-of-beroving', organisations: [SHN, 'politie'], advice: 'eerste opvang door collega' },
  { name: 'verkrachting deze week', answers: { ...adult, delict: 'seksueel', 'seksueel-wanneer': 'recent' }, outcome: 'seksueel-recent', organisations: ['centrum-seksueel-geweld', 'politie'], advice: 'sporenonderzoek', urgent: true },
  { name: 'seksueel misbruik langer geleden', answers: { ...adult, delict: 'seksueel', 'seksueel-wanneer': 'langer' }, outcome: 'seksueel-langer-geleden', organisations: [SHN, 'centrum-seksueel-geweld', 'huisarts'], advice: 'tempo bepalen' },
  { name: 'stalking', answers: { ...adult, delict: 'stalking' }, outcome: 'stalking', organisations: ['politie', SHN, 'juridisch-loket'], advice: 'contact- of straatverbod' },
  { name: 'verkeersongeval', answers: { ...adult, delict: 'verkeer' }, outcome: 'verkeersongeval', organisations: [SHN, 'juridisch-loket'], advice: 'schadeverhaal' },
  { name: 'woninginbraak', answers: { ...adult, delict: 'inbraak' }, outcome: 'woninginbraak', organisations: ['politie', SHN], advice: 'verzekeraar' },
  { name: 'sport, volwassene', answers: { ...adult, delict: 'sport' }, outcome: 'sport-volwassene', organisations: ['centrum-veilige-sport-nederland', SHN], advice: 'onafhankelijk' },
  { name: 'anders, steun', answers: { ...adult, delict: 'anders', hulpvraag: 'steun' }, outcome: 'algemeen-steun', organisations: [SHN], advice: 'zelf aanmelden' },
  { name: 'anders, juridisch', answers: { ...adult, delict: 'anders', hulpvraag: 'juridisch' }, outcome: 'algemeen-juridisch', organisations: ['juridisch-loket', SHN], advice: 'slachtofferrechten' },
  { name: 'anders, ernstig letsel', answers: { ...adult, delict: 'anders', hulpvraag: 'schadefonds' }, outcome: 'schadefonds', organisations: ['schadefonds-geweldsmisdrijven', SHN], advice: 'eenmalige tegemoetkoming' },
  { name: 'anders, vonnis niet betaald', answers: { ...adult, delict: 'anders', hulpvraag: 'vonnis' }, outcome: 'schadevergoeding-na-vonnis', organisations: ['cjib-slachtofferinformatie', SHN], advice: 'voorschieten' },
]

describe('Doorverwijstool voor professionals', () => {
  referralTreeChecks(doorverwijstoolProfessionalsDefinition, table)
})
