/** Regression table for the helpers' referral tree: answers → outcome, organisations, advice. */
import { describe } from 'vitest'
import { doorverwijstoolHelpersDefinition } from './doorverwijstool-helpers'
import { referralTreeChecks, type TreeRow } from './referral-tree-checks'

const safe = { 'direct-gevaar': 'nee', zelfdoding: 'nee', 'voor-wie': 'slachtoffer' }
const adult = { ...safe, minderjarig: 'nee', huiselijk: 'nee' }
const child = { ...safe, minderjarig: 'ja', 'kind-thuis': 'nee' }
const SHN = 'slachtofferhulp-nederland'

const table: TreeRow[] = [
  { name: 'direct gevaar', answers: { 'direct-gevaar': 'ja' }, outcome: 'bel-112', organisations: ['alarmnummer-112'], advice: 'bel 112', urgent: true },
  { name: 'gedachten aan zelfdoding', answers: { 'direct-gevaar': 'nee', zelfdoding: 'ja' }, outcome: 'bel-113', organisations: ['113-zelfmoordpreventie', 'huisarts', 'alarmnummer-112'], advice: '0800-0113', urgent: true },
  { name: 'hulp voor de helper zelf', answers: { ...safe, 'voor-wie': 'mijzelf' }, outcome: 'hulp-voor-helper', organisations: [SHN, 'mind-korrelatie', 'huisarts'], advice: 'ook u mag steun vragen' },
  { name: 'kind, thuis onveilig', answers: { ...safe, minderjarig: 'ja', 'kind-thuis': 'ja' }, outcome: 'kind-huiselijk-geweld', organisations: ['veilig-thuis', 'de-kindertelefoon'], advice: 'Ook met een vermoeden mag u bellen' },
  { name: 'kind, weet niet of het thuis gebeurt', answers: { ...safe, minderjarig: 'ja', 'kind-thuis': 'weet-niet' }, outcome: 'kind-huiselijk-geweld', organisations: ['veilig-thuis', 'de-kindertelefoon'], advice: 'Veilig Thuis' },
  { name: 'kind, seksueel misbruik', answers: { ...child, 'kind-wat': 'seksueel' }, outcome: 'kind-seksueel-geweld', organisations: ['centrum-seksueel-geweld', 'veilig-thuis', 'de-kindertelefoon'], advice: '0800-0188' },
  { name: 'kind, online', answers: { ...child, 'kind-wat': 'online' }, outcome: 'kind-online', organisations: ['helpwanted', 'politie', 'de-kindertelefoon'], advice: 'Maak geen kopie of screenshot' },
  { name: 'kind, sportclub', answers: { ...child, 'kind-wat': 'sport' }, outcome: 'kind-sport', organisations: ['centrum-veilige-sport-nederland', 'de-kindertelefoon'], advice: 'vertrouwenscontactpersoon' },
  { name: 'kind, iets anders', answers: { ...child, 'kind-wat': 'anders' }, outcome: 'kind-algemeen', organisations: [SHN, 'de-kindertelefoon'], advice: 'helpt ook kinderen' },
  { name: 'volwassene, geweld door ex-partner', answers: { ...safe, minderjarig: 'nee', huiselijk: 'ja' }, outcome: 'huiselijk-geweld', organisations: ['veilig-thuis', SHN, 'politie'], advice: 'veiligheidsplan' },
  { name: 'fraude', answers: { ...adult, 'wat-gebeurd': 'fraude' }, outcome: 'fraude', organisations: ['fraudehelpdesk', 'politie', SHN], advice: 'direct de bank bellen' },
  { name: 'geweld', answers: { ...adult, 'wat-gebeurd': 'geweld' }, outcome: 'geweld', organisations: [SHN, 'politie', 'huisarts', 'schadefonds-geweldsmisdrijven'], advice: 'Schadefonds Geweldsmisdrijven' },
  { name: 'nabestaande na zelfdoding', answers: { ...adult, 'wat-gebeurd': 'nabestaande' }, outcome: 'nabestaande-zelfdoding', organisations: ['113-zelfmoordpreventie', SHN, 'huisarts'], advice: 'nabestaanden lopen zelf meer risico' },
  { name: 'online seksuele intimidatie', answers: { ...adult, 'wat-gebeurd': 'online-seksueel' }, outcome: 'online-seksuele-intimidatie', organisations: ['helpwanted', 'politie', SHN], advice: 'niet betalen' },
  { name: 'overval', answers: { ...adult, 'wat-gebeurd': 'overval' }, outcome: 'overval-of-beroving', organisations: ['politie', SHN, 'schadefonds-geweldsmisdrijven'], advice: 'passen en telefoon' },
  { name: 'verkrachting deze week', answers: { ...adult, 'wat-gebeurd': 'seksueel', 'seksueel-wanneer': 'recent' }, outcome: 'seksueel-geweld-recent', organisations: ['centrum-seksueel-geweld', 'politie'], advice: 'Binnen zeven dagen', urgent: true },
  { name: 'seksueel misbruik jaren geleden', answers: { ...adult, 'wat-gebeurd': 'seksueel', 'seksueel-wanneer': 'langer' }, outcome: 'seksueel-geweld-langer-geleden', organisations: [SHN, 'centrum-seksueel-geweld', 'huisarts'], advice: 'Ook als het langer geleden is' },
  { name: 'stalking door een onbekende', answers: { ...adult, 'wat-gebeurd': 'stalking' }, outcome: 'stalking', organisations: ['politie', SHN, 'juridisch-loket'], advice: 'logboek' },
  { name: 'verkeersongeval', answers: { ...adult, 'wat-gebeurd': 'verkeer' }, outcome: 'verkeersongeval', organisations: [SHN, 'juridisch-loket', 'huisarts'], advice: 'verzekeraars' },
  { name: 'woninginbraak', answers: { ...adult, 'wat-gebeurd': 'inbraak' }, outcome: 'woninginbraak', organisations: ['politie', SHN], advice: 'nodig voor de verzekering' },
  { name: 'iets anders, steun', answers: { ...adult, 'wat-gebeurd': 'anders', hulpvraag: 'steun' }, outcome: 'algemeen-steun', organisations: [SHN], advice: 'De hulp is gratis' },
  { name: 'iets anders, juridisch', answers: { ...adult, 'wat-gebeurd': 'anders', hulpvraag: 'juridisch' }, outcome: 'algemeen-juridisch', organisations: ['juridisch-loket', SHN], advice: 'gratis juridisch advies' },
  { name: 'dader betaalt niet na vonnis', answers: { ...adult, 'wat-gebeurd': 'anders', hulpvraag: 'schadevergoeding-vonnis' }, outcome: 'schadevergoeding-na-vonnis', organisations: ['cjib-slachtofferinformatie', SHN], advice: 'voorschieten' },
]

describe('Doorverwijstool voor helpers', () => {
  referralTreeChecks(doorverwijstoolHelpersDefinition, table)
})
