/**
 * Quickscan grensoverschrijdend gedrag: for an organisation, a score per theme (shown as a bar)
 * and the attention points that lower the risk. Higher scores mean better prepared.
 */
import type { Dimension, ScoredDefinition, ScoredQuestion, ToolLink } from '@vsp/content-models'
import type { SeedTool } from '../types'

const ORGANISATIEADVIES = { label: 'Organisatieadvies', href: '/organisatieadvies/' }
const TRAINING = { label: 'Training op maat', href: '/training-op-maat/' }
const WERKVLOER = { label: 'Incident op de werkvloer', href: '/situaties/incident-op-de-werkvloer/' }
const GESPREKSTIPS = { label: 'Gesprekstips', href: '/gesprekstips/' }
const OVERLEG = { label: 'Bel ons voor overleg', href: '/bel-ons-voor-overleg/' }

/** Three bands per theme: the thresholds differ because themes have different maxima. */
function theme(
  key: string,
  label: string,
  description: string,
  cuts: [number, number, number],
  advice: [string, string, string],
  links: ToolLink[],
): Dimension {
  const [lowMax, midMax, max] = cuts
  return {
    key,
    label,
    description,
    bands: [
      { key: 'hoog-risico', label: 'Veel aandacht nodig', min: 0, max: lowMax, advice: advice[0], links },
      { key: 'op-weg', label: 'Op weg', min: lowMax + 1, max: midMax, advice: advice[1], links },
      { key: 'op-orde', label: 'Goed op orde', min: midMax + 1, max, advice: advice[2], links: links.slice(0, 1) },
    ],
  }
}

/** Ja / gedeeltelijk / nee / weet ik niet; "weet ik niet" is a risk too: then nobody knows. */
function yesNo(
  key: string,
  dimension: string,
  text: string,
  attentionPoint: string,
  extra: { partial?: string; help?: string } = {},
): ScoredQuestion {
  return {
    kind: 'single',
    key,
    dimension,
    text,
    ...(extra.help ? { help: extra.help } : {}),
    attentionPoint,
    options: [
      { key: 'ja', label: 'Ja', score: 2 },
      { key: 'gedeeltelijk', label: extra.partial ?? 'Gedeeltelijk', score: 1 },
      { key: 'nee', label: 'Nee', score: 0, atRisk: true },
      { key: 'weet-niet', label: 'Weet ik niet', score: 0, atRisk: true },
    ],
  }
}

function scale(key: string, dimension: string, text: string, minLabel: string, maxLabel: string, attentionPoint: string): ScoredQuestion {
  return { kind: 'scale', key, dimension, text, min: 1, max: 5, minLabel, maxLabel, weight: 1, riskAt: { max: 2 }, attentionPoint }
}

export const quickscanDefinition: ScoredDefinition = {
  kind: 'scored',
  dimensions: [
    theme(
      'beleid',
      'Beleid en gedragscode',
      'Is op papier vastgelegd wat wel en niet kan, en wat er gebeurt als iemand over de grens gaat?',
      [4, 7, 10],
      [
        'Er ligt nog weinig vast. Zonder gedragscode en beleid weet niemand waar de grens ligt en wat er ' +
          'gebeurt als iemand eroverheen gaat. Werkgevers zijn volgens de Arbowet verplicht beleid te voeren ' +
          'tegen ongewenste omgangsvormen (psychosociale arbeidsbelasting). Begin met een gedragscode die u ' +
          'samen met medewerkers opstelt.',
        'De basis is er, maar nog niet compleet of niet overal bekend. Maak de gedragscode onderdeel van de introductie van nieuwe medewerkers en bespreek haar jaarlijks in het team.',
        'Beleid en gedragscode zijn op orde en bekend. Houd ze levend: evalueer ze na een incident en minstens elke twee jaar.',
      ],
      [ORGANISATIEADVIES],
    ),
    theme(
      'meldroute',
      'Vertrouwenspersoon en meldroute',
      'Weten medewerkers bij wie ze terechtkunnen, en is melden veilig en eenvoudig?',
      [4, 7, 10],
      [
        'Medewerkers weten niet goed waar ze met een melding terechtkunnen. Stel een vertrouwenspersoon aan ' +
          '(intern of extern) en een klachtenregeling met een route die niet alleen via de eigen leidinggevende ' +
          'loopt.',
        'Er is een meldroute, maar die is nog niet voor iedereen duidelijk of bereikbaar. Maak de vertrouwenspersoon zichtbaar: naam, foto en bereikbaarheid op intranet en in de kantine.',
        'De meldroute is duidelijk en bekend. Blijf meldingen (anoniem) registreren om patronen te zien.',
      ],
      [ORGANISATIEADVIES, WERKVLOER],
    ),
    theme(
      'cultuur',
      'Cultuur en leiderschap',
      'Spreken mensen elkaar aan, en geven leidinggevenden het goede voorbeeld?',
      [6, 10, 14],
      [
        'De cultuur maakt het lastig om ongewenst gedrag aan te kaarten. Dat vergroot het risico dat gedrag ' +
          'lang doorgaat. Begin bij de leiding: laat leidinggevenden het onderwerp bespreekbaar maken en zelf ' +
          'het goede voorbeeld geven.',
        'Er is aandacht voor de cultuur, maar aanspreken en melden voelt nog niet voor iedereen veilig. Bespreek in teams concrete situaties en wat collega’s dan van elkaar verwachten.',
        'Mensen spreken elkaar aan en leidinggevenden geven het voorbeeld. Blijf meten hoe veilig medewerkers zich voelen, bijvoorbeeld in het medewerkersonderzoek.',
      ],
      [ORGANISATIEADVIES, TRAINING],
    ),
    theme(
      'preventie',
      'Preventie en training',
      'Herkennen medewerkers grensoverschrijdend gedrag, en weten ze wat ze kunnen doen?',
      [4, 8, 12],
      [
        'Er wordt weinig gedaan aan voorkomen en herkennen. Medewerkers en leidinggevenden zijn niet ' +
          'toegerust om signalen op te pikken of goed te reageren. Een training op maat is een goede eerste ' +
          'stap.',
        'Er gebeurt al iets aan preventie, maar niet structureel of niet voor iedereen. Maak training terugkerend, ook voor nieuwe medewerkers, en neem afspraken over risicosituaties op.',
        'Preventie en training zijn goed geregeld. Houd ze actueel en betrek ook stagiairs, vrijwilligers en externe krachten.',
      ],
      [TRAINING, ORGANISATIEADVIES],
    ),
    theme(
      'nazorg',
      'Nazorg na een incident',
      'Is er opvang en nazorg voor wie slachtoffer of getuige is geworden?',
      [4, 7, 10],
      [
        'Na een incident is niet geregeld wie wat doet. Slachtoffers en collega’s kunnen dan tussen wal en ' +
          'schip vallen. Leg vast wie de eerste opvang doet, hoe u contact houdt en naar welke hulp u ' +
          'doorverwijst.',
        'Nazorg is deels geregeld. Zorg dat leidinggevenden weten hoe zij een gesprek voeren na een incident en waar zij kunnen doorverwijzen, en houd ook na de eerste weken contact.',
        'Opvang en nazorg zijn goed geregeld. Evalueer na elk incident wat goed ging en wat beter kan.',
      ],
      [WERKVLOER, GESPREKSTIPS, OVERLEG],
    ),
  ],
  questions: [
    // Beleid en gedragscode: 5 questions, at most 10 points.
    yesNo(
      'gedragscode',
      'beleid',
      'Heeft uw organisatie een gedragscode waarin staat welk gedrag wel en niet acceptabel is?',
      'Stel een gedragscode op, samen met medewerkers, waarin staat wat wel en niet acceptabel is.',
      { partial: 'In ontwikkeling' },
    ),
    {
      kind: 'single',
      key: 'gedragscode-bekend',
      dimension: 'beleid',
      text: 'Kennen medewerkers de gedragscode, bijvoorbeeld doordat ze die bij indiensttreding bespreken en ondertekenen?',
      showIf: { question: 'gedragscode', anyOf: ['ja', 'gedeeltelijk'] },
      attentionPoint: 'Maak de gedragscode bekend: bespreek haar bij indiensttreding en jaarlijks in het team.',
      options: [
        { key: 'ja', label: 'Ja, iedereen', score: 2 },
        { key: 'deels', label: 'Een deel van de medewerkers', score: 1 },
        { key: 'nee', label: 'Nauwelijks', score: 0, atRisk: true },
      ],
    },
    yesNo(
      'beleid-psa',
      'beleid',
      'Is grensoverschrijdend gedrag opgenomen in het beleid psychosociale arbeidsbelasting en in de ' +
        'risico-inventarisatie en -evaluatie (RI&E)?',
      'Neem grensoverschrijdend gedrag op in de RI&E en het beleid psychosociale arbeidsbelasting, zoals de ' + 'Arbowet vraagt.',
    ),
    yesNo(
      'maatregelen',
      'beleid',
      'Ligt vast welke maatregelen de organisatie neemt als iemand over de grens gaat?',
      'Leg vast welke maatregelen volgen op grensoverschrijdend gedrag, zodat de reactie voorspelbaar en ' + 'rechtvaardig is.',
    ),
    {
      kind: 'single',
      key: 'vog',
      dimension: 'beleid',
      text: 'Vraagt uw organisatie een Verklaring Omtrent het Gedrag (VOG) van medewerkers en vrijwilligers die met kinderen of kwetsbare mensen werken?',
      attentionPoint: 'Vraag een VOG van iedereen die met kinderen of kwetsbare mensen werkt, ook van vrijwilligers.',
      options: [
        { key: 'ja', label: 'Ja, van iedereen voor wie dat geldt', score: 2 },
        { key: 'soms', label: 'Alleen bij sommige functies', score: 1, atRisk: true },
        { key: 'nee', label: 'Nee', score: 0, atRisk: true },
        { key: 'niet-van-toepassing', label: 'Niet van toepassing: wij werken niet met kinderen of kwetsbare mensen', score: 2 },
      ],
    },
    // Vertrouwenspersoon en meldroute: 4 questions, at most 10 points.
    {
      kind: 'single',
      key: 'vertrouwenspersoon',
      dimension: 'meldroute',
      text: 'Heeft uw organisatie een vertrouwenspersoon, intern of extern?',
      attentionPoint: 'Stel een vertrouwenspersoon aan; een externe vertrouwenspersoon is een goede oplossing voor kleinere organisaties.',
      options: [
        { key: 'ja', label: 'Ja', score: 2 },
        { key: 'nee', label: 'Nee', score: 0, atRisk: true },
        { key: 'weet-niet', label: 'Weet ik niet', score: 0, atRisk: true },
      ],
    },
    {
      ...scale(
        'vertrouwenspersoon-bekend',
        'meldroute',
        'Hoe goed weten medewerkers wie de vertrouwenspersoon is en hoe ze die bereiken?',
        'Bijna niemand weet het',
        'Iedereen weet het',
        'Maak de vertrouwenspersoon zichtbaar: naam, foto en bereikbaarheid op intranet, in de introductie en ' + 'op de werkplek.',
      ),
      showIf: { question: 'vertrouwenspersoon', anyOf: ['ja'] },
    },
    yesNo(
      'klachtenregeling',
      'meldroute',
      'Is er een klachtenregeling met een onafhankelijke klachtencommissie?',
      'Zorg voor een klachtenregeling met een onafhankelijke klachtencommissie.',
    ),
    yesNo(
      'melden-buiten-lijn',
      'meldroute',
      'Kunnen medewerkers melden buiten hun eigen leidinggevende om?',
      'Zorg voor een meldroute buiten de eigen leidinggevende om: soms is de leidinggevende zelf betrokken.',
    ),
    // Cultuur en leiderschap: 5 questions, at most 14 points.
    scale(
      'aanspreken',
      'cultuur',
      'Spreken collega’s elkaar aan op ongewenst gedrag?',
      'Nooit',
      'Altijd',
      'Maak elkaar aanspreken gewoon: oefen in teams met concrete situaties.',
    ),
    yesNo(
      'voorbeeld-leiding',
      'cultuur',
      'Geven leidinggevenden het goede voorbeeld en brengen zij het onderwerp zelf ter sprake in het team?',
      'Laat leidinggevenden het onderwerp zelf agenderen en het goede voorbeeld geven.',
    ),
    scale(
      'veilig-melden',
      'cultuur',
      'Hoe veilig voelen medewerkers zich om iets te melden zonder dat het hun nadelig uitkomt?',
      'Helemaal niet veilig',
      'Heel veilig',
      'Zorg dat melden geen nadelige gevolgen heeft voor de melder, en laat dat ook zien.',
    ),
    yesNo(
      'machtsverschillen',
      'cultuur',
      'Is er aandacht voor situaties met grote machtsverschillen of afhankelijkheid, zoals tussen ' +
        'leidinggevende en stagiair, of trainer en sporter?',
      'Benoem situaties met machtsverschillen en afhankelijkheid, en maak er afspraken over.',
    ),
    yesNo(
      'onderzoek',
      'cultuur',
      'Vraagt uw organisatie regelmatig naar ervaringen met ongewenst gedrag, bijvoorbeeld in een ' + 'medewerkersonderzoek?',
      'Vraag regelmatig naar ervaringen met ongewenst gedrag, bijvoorbeeld in het medewerkersonderzoek.',
    ),
    // Preventie en training: 5 questions, at most 12 points.
    yesNo(
      'training-medewerkers',
      'preventie',
      'Krijgen medewerkers training in het herkennen van en reageren op grensoverschrijdend gedrag?',
      'Train medewerkers in het herkennen van signalen en in wat zij kunnen doen.',
    ),
    yesNo(
      'training-leiding',
      'preventie',
      'Zijn leidinggevenden getraind in het voeren van een gesprek na een melding?',
      'Train leidinggevenden in het voeren van een gesprek na een melding, met het slachtoffer en met de ' + 'betrokkene.',
    ),
    yesNo(
      'omstanders',
      'preventie',
      'Weten medewerkers wat zij als omstander of getuige kunnen doen?',
      'Leer medewerkers wat zij als omstander kunnen doen: ingrijpen, steunen, melden.',
    ),
    {
      kind: 'multiple',
      key: 'afspraken',
      dimension: 'preventie',
      text: 'Over welke risicosituaties heeft uw organisatie afspraken gemaakt?',
      attentionPoint: 'Maak afspraken over risicosituaties, zoals alleen werken met cliënten of leerlingen en contact via sociale media.',
      options: [
        { key: 'vier-ogen', label: 'Het vier-ogenprincipe bij één-op-éénsituaties', score: 1 },
        { key: 'alleen-werken', label: 'Alleen werken of reizen met cliënten, leerlingen of sporters', score: 1 },
        { key: 'sociale-media', label: 'Contact via sociale media en appen', score: 1 },
        { key: 'feesten', label: 'Uitjes, feesten en alcohol', score: 1 },
        { key: 'geen', label: 'Over geen van deze', score: 0, exclusive: true, atRisk: true },
      ],
    },
    {
      kind: 'number',
      key: 'percentage-getraind',
      dimension: 'preventie',
      text: 'Welk deel van de medewerkers heeft de afgelopen twee jaar een training over grensoverschrijdend gedrag gevolgd?',
      help: 'Een schatting is genoeg.',
      min: 0,
      max: 100,
      unit: 'procent',
      scoring: [
        { from: 0, score: 0 },
        { from: 25, score: 1 },
        { from: 75, score: 2 },
      ],
      riskAt: { max: 24 },
      attentionPoint: 'Minder dan een kwart van de medewerkers is getraind. Maak training onderdeel van het vaste opleidingsplan.',
    },
    // Nazorg na een incident: 5 questions, at most 10 points.
    yesNo(
      'nazorgprotocol',
      'nazorg',
      'Heeft uw organisatie een protocol voor opvang en nazorg na een incident?',
      'Leg in een protocol vast wie de eerste opvang doet en hoe de nazorg verloopt.',
    ),
    yesNo(
      'opvangteam',
      'nazorg',
      'Zijn er collega’s getraind in collegiale opvang, bijvoorbeeld in een opvangteam?',
      'Train een paar collega’s in collegiale opvang na een schokkende gebeurtenis.',
    ),
    yesNo(
      'doorverwijzen',
      'nazorg',
      'Weten leidinggevenden naar welke hulp zij een slachtoffer kunnen doorverwijzen, zoals ' + 'Slachtofferhulp Nederland?',
      'Zorg dat leidinggevenden weten waar zij naar kunnen doorverwijzen, zoals Slachtofferhulp Nederland.',
    ),
    yesNo(
      'contact-houden',
      'nazorg',
      'Houdt de organisatie contact met het slachtoffer, ook na de eerste weken?',
      'Houd contact met het slachtoffer, ook na de eerste weken: klachten komen vaak later.',
    ),
    yesNo(
      'evalueren',
      'nazorg',
      'Evalueert uw organisatie na een incident wat er beter kan?',
      'Evalueer elk incident: wat ging goed, en wat moet er anders?',
    ),
  ],
}

export const quickscanGrensoverschrijdendGedrag: SeedTool = {
  title: 'Quickscan grensoverschrijdend gedrag',
  slug: 'quickscan-grensoverschrijdend-gedrag',
  site: 'professionals',
  kind: 'scored',
  summary:
    'Zie in tien minuten waar uw organisatie staat op vijf thema’s, en welke aandachtspunten het risico op grensoverschrijdend gedrag verlagen.',
  intro:
    'Deze quickscan is voor leidinggevenden, HR-adviseurs, vertrouwenspersonen en bestuurders. U ' +
    'beantwoordt 22 tot 24 vragen over vijf thema’s: beleid en gedragscode, vertrouwenspersoon en ' +
    'meldroute, cultuur en leiderschap, preventie en training, en nazorg na een incident. U krijgt een ' +
    'score per thema, de aandachtspunten voor uw organisatie en een rapport om te bespreken. Uw ' +
    'antwoorden blijven op uw eigen apparaat.',
  definition: quickscanDefinition,
}
