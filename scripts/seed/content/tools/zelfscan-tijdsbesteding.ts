/** Zelfscan tijdsbesteding: how much time and energy helping takes, and whether that is okay. */
import type { ScoredDefinition, SingleQuestion } from '@vsp/content-models'
import type { SeedTool } from '../types'

const GRENZEN = { label: 'Grenzen aangeven', href: '/goed-voor-uzelf-zorgen/grenzen-aangeven/' }
const STRESS = { label: 'Slim omgaan met stress', href: '/goed-voor-uzelf-zorgen/slim-omgaan-met-stress/' }
const ZELFZORG = { label: 'Tips voor zelfzorg', href: '/goed-voor-uzelf-zorgen/tips-voor-zelfzorg/' }
const STEUNGROEP = { label: 'Start een steungroep', href: '/goed-voor-uzelf-zorgen/start-een-steungroep/' }
const SERVICELIJN = { label: 'Bel of chat met de Centrale Service Lijn', href: '/contact/' }

const oftenScale = (key: string, text: string, attentionPoint: string): SingleQuestion => ({
  kind: 'single',
  key,
  dimension: 'balans',
  text,
  attentionPoint,
  options: [
    { key: 'nooit', label: 'Nooit of bijna nooit', score: 0 },
    { key: 'soms', label: 'Soms', score: 1 },
    { key: 'vaak', label: 'Vaak', score: 2, atRisk: true },
  ],
})

export const zelfscanDefinition: ScoredDefinition = {
  kind: 'scored',
  dimensions: [
    {
      key: 'balans',
      label: 'Uw balans tussen helpen en uzelf',
      description: 'Hoeveel tijd en energie het helpen kost, en hoeveel ruimte er nog is voor uzelf.',
      bands: [
        {
          key: 'in-balans',
          label: 'In balans',
          min: 0,
          max: 9,
          advice:
            'U helpt op een manier die u volhoudt. U heeft nog tijd en energie voor uzelf en voor de mensen om u ' +
            'heen. Blijf daar op letten: de zorg voor een slachtoffer duurt vaak langer dan u verwacht. Doe deze ' +
            'zelfscan gerust over een paar weken nog eens.',
          links: [ZELFZORG, GRENZEN],
        },
        {
          key: 'let-op',
          label: 'Let op',
          min: 10,
          max: 18,
          advice:
            'Het helpen vraagt veel van u. U merkt al dat het ten koste gaat van uw rust, uw slaap of uw eigen ' +
            'bezigheden. Dat is begrijpelijk, en het is een goed moment om iets te veranderen voordat het u te ' +
            'veel wordt. Kijk wat u kunt laten schieten of aan een ander kunt overlaten, en plan bewust tijd voor ' +
            'uzelf.',
          links: [GRENZEN, STRESS, ZELFZORG, STEUNGROEP],
        },
        {
          key: 'over-je-grens',
          label: 'Over uw grens',
          min: 19,
          max: 30,
          advice:
            'U gaat over uw grens. Het helpen kost u meer tijd en energie dan u op de lange duur kunt geven, en u ' +
            'merkt dat aan uw lijf en uw stemming. U helpt de ander het best als u zelf overeind blijft. Vraag ' +
            'anderen om een deel over te nemen, zeg vaker nee, en praat er met iemand over. U kunt daarvoor ook ' +
            'bellen of chatten met de Centrale Service Lijn. Houden klachten aan, ga dan naar uw huisarts.',
          links: [SERVICELIJN, GRENZEN, STEUNGROEP, STRESS],
        },
      ],
    },
  ],
  questions: [
    {
      kind: 'number',
      key: 'uren-per-week',
      dimension: 'balans',
      text: 'Hoeveel uur per week bent u ongeveer bezig met het helpen van de ander?',
      help: 'Tel alles mee: praten en appen, dingen regelen, meegaan naar afspraken, en ook het piekeren.',
      min: 0,
      max: 168,
      unit: 'uur',
      scoring: [
        { from: 0, score: 0 },
        { from: 3, score: 1 },
        { from: 6, score: 2 },
        { from: 11, score: 3 },
        { from: 21, score: 4 },
      ],
      riskAt: { min: 11 },
      attentionPoint: 'U bent meer dan tien uur per week met het helpen bezig. Kijk wat u kunt overdragen of laten liggen.',
    },
    {
      kind: 'single',
      key: 'hoe-lang',
      dimension: 'balans',
      text: 'Hoe lang helpt u de ander al?',
      options: [
        { key: 'minder-dan-een-maand', label: 'Korter dan een maand', score: 0 },
        { key: 'een-tot-zes-maanden', label: 'Een tot zes maanden', score: 1 },
        { key: 'langer-dan-een-half-jaar', label: 'Langer dan een half jaar', score: 2 },
      ],
    },
    {
      kind: 'scale',
      key: 'energie-na-contact',
      dimension: 'balans',
      text: 'Hoe voelt u zich meestal na het contact met de ander?',
      min: 1,
      max: 5,
      minLabel: 'Vol energie',
      maxLabel: 'Uitgeput',
      weight: 1,
      riskAt: { min: 4 },
      attentionPoint: 'U komt vaak moe of leeg uit het contact. Plan na een zwaar gesprek iets wat u energie geeft.',
    },
    oftenScale(
      'slecht-slapen',
      'Slaapt u slechter sinds u de ander helpt?',
      'U slaapt slechter. Neem dat serieus: rust is nodig om vol te houden.',
    ),
    {
      kind: 'single',
      key: 'eigen-dingen',
      dimension: 'balans',
      text: 'Komt u nog toe aan uw eigen dingen, zoals werk, sport, hobby’s en vrienden?',
      attentionPoint: 'U komt nauwelijks nog aan uw eigen leven toe. Zet een paar vaste momenten voor uzelf in uw agenda.',
      options: [
        { key: 'ja', label: 'Ja, net als eerst', score: 0 },
        { key: 'minder', label: 'Minder dan eerst', score: 1 },
        { key: 'nauwelijks', label: 'Nauwelijks nog', score: 2, atRisk: true },
      ],
    },
    {
      kind: 'single',
      key: 'nee-zeggen',
      dimension: 'balans',
      text: 'Lukt het u om nee te zeggen als iets u te veel wordt?',
      attentionPoint: 'Nee zeggen lukt u bijna nooit. Lees hoe u uw grenzen kunt aangeven zonder de ander af te wijzen.',
      options: [
        { key: 'ja', label: 'Ja, meestal wel', score: 0 },
        { key: 'soms', label: 'Soms', score: 1 },
        { key: 'bijna-nooit', label: 'Bijna nooit', score: 2, atRisk: true },
      ],
    },
    {
      kind: 'scale',
      key: 'piekeren',
      dimension: 'balans',
      text: 'Hoe vaak denkt u aan de ander en wat er gebeurd is, ook als u niet bij hem of haar bent?',
      min: 1,
      max: 5,
      minLabel: 'Zelden',
      maxLabel: 'Bijna de hele dag',
      weight: 1,
      riskAt: { min: 4 },
      attentionPoint: 'U piekert veel. Praat erover met iemand die u vertrouwt en lees hoe u slim omgaat met stress.',
    },
    {
      kind: 'single',
      key: 'alleen-helper',
      dimension: 'balans',
      text: 'Helpen er anderen mee, of staat u er alleen voor?',
      attentionPoint: 'U draagt de zorg alleen. Een steungroep van familie, vrienden of buren kan taken verdelen.',
      options: [
        { key: 'met-anderen', label: 'We helpen met een paar mensen', score: 0 },
        { key: 'soms-hulp', label: 'Soms helpt er iemand mee', score: 1 },
        { key: 'alleen', label: 'Ik sta er alleen voor', score: 2, atRisk: true },
      ],
    },
    {
      kind: 'single',
      key: 'hulp-gevraagd',
      dimension: 'balans',
      text: 'Heeft u anderen gevraagd om een deel van het helpen over te nemen?',
      showIf: { question: 'alleen-helper', anyOf: ['soms-hulp', 'alleen'] },
      attentionPoint: 'Vraag gericht om hulp: één concrete taak per persoon is makkelijker om ja op te zeggen.',
      options: [
        { key: 'ja', label: 'Ja', score: 0 },
        { key: 'durf-niet', label: 'Nee, dat vind ik lastig', score: 1, atRisk: true },
        { key: 'niemand', label: 'Nee, er is niemand die ik kan vragen', score: 2, atRisk: true },
      ],
    },
    {
      kind: 'multiple',
      key: 'signalen',
      dimension: 'balans',
      text: 'Merkt u een of meer van deze signalen bij uzelf?',
      attentionPoint: 'U merkt stresssignalen bij uzelf. Dat zijn waarschuwingen van uw lijf: neem ze serieus.',
      options: [
        { key: 'prikkelbaar', label: 'Ik ben sneller geïrriteerd', score: 1, atRisk: true },
        { key: 'lichamelijk', label: 'Hoofdpijn, buikpijn of gespannen spieren', score: 1, atRisk: true },
        { key: 'concentratie', label: 'Moeite met concentreren', score: 1, atRisk: true },
        { key: 'emotioneel', label: 'Ik ben snel emotioneel', score: 1, atRisk: true },
        { key: 'geen', label: 'Geen van deze', score: 0, exclusive: true },
      ],
    },
    {
      kind: 'single',
      key: 'eigen-steun',
      dimension: 'balans',
      text: 'Heeft u zelf iemand bij wie u uw verhaal kwijt kunt?',
      attentionPoint: 'U heeft niemand om uw eigen verhaal bij kwijt te kunnen. De Centrale Service Lijn luistert ook naar helpers.',
      options: [
        { key: 'ja', label: 'Ja', score: 0 },
        { key: 'niet-echt', label: 'Niet echt', score: 1 },
        { key: 'nee', label: 'Nee', score: 2, atRisk: true },
      ],
    },
  ],
}

export const zelfscanTijdsbesteding: SeedTool = {
  title: 'Zelfscan tijdsbesteding',
  slug: 'zelfscan-tijdsbesteding',
  site: 'helpers',
  kind: 'scored',
  summary: 'Hoeveel tijd en energie kost het helpen u, en is dat oké voor u? Ontdek het in tien of elf korte vragen.',
  intro:
    'Iemand helpen die slachtoffer is geworden kost tijd en energie, vaak meer dan u denkt. Met deze ' +
    'zelfscan ziet u in een paar minuten of het helpen nog in balans is met de rest van uw leven. Uw ' +
    'antwoorden blijven op uw eigen apparaat; wij slaan ze niet op.',
  definition: zelfscanDefinition,
}
