/**
 * Doorverwijstool for professionals: where to refer a victim (a pupil, client, patient,
 * employee or sporter). Safety first (112, 113), then the situation, age, relation and delict.
 */
import type { DecisionTreeDefinition } from '@vsp/content-models'
import type { SeedTool } from '../types'
import { DELICT_OPTIONS, outcome, question } from './tree-builders'

const SHN = 'slachtofferhulp-nederland'
const SHN_WHY = 'Gratis praktische, juridische en emotionele steun; u kunt met toestemming van het slachtoffer ook zelf aanmelden.'
const ADVIESLIJN_WHY = 'Overleg met een expert van Slachtofferhulp Nederland over deze casus.'
const SIGNALENWIJZER = { label: 'Signalenwijzer', href: '/signalenwijzer/' }
const GESPREKSTIPS = { label: 'Gesprekstips', href: '/gesprekstips/' }
const AANGIFTE = { label: 'In gesprek over aangifte', href: '/in-gesprek-over-aangifte/' }

export const doorverwijstoolProfessionalsDefinition: DecisionTreeDefinition = {
  kind: 'decision-tree',
  start: 'acuut-gevaar',
  nodes: [
    question('acuut-gevaar', 'Is er nu acuut gevaar voor het slachtoffer of voor anderen?', [
      ['ja', 'Ja', 'bel-112'],
      ['nee', 'Nee', 'suicide-signalen'],
    ]),
    question('suicide-signalen', 'Zijn er signalen dat het slachtoffer aan zelfdoding denkt?', [
      ['ja', 'Ja', 'suicide-113'],
      ['nee', 'Nee, of niet dat ik weet', 'situatie'],
    ], 'Bijvoorbeeld: praten over de dood of over een last zijn, afscheid nemen, spullen weggeven.'),
    question('situatie', 'Wat past het best bij uw situatie?', [
      ['vermoeden', 'Ik heb vermoedens, maar weet niet zeker wat er is gebeurd', 'vermoeden-huiselijk'],
      ['verteld', 'Iemand heeft mij verteld dat hij of zij slachtoffer is', 'minderjarig'],
      ['zelf', 'Ik ben zelf slachtoffer geworden', 'zelf-slachtoffer'],
      ['overleg', 'Ik wil eerst overleggen over een casus', 'overleg'],
    ]),
    question('vermoeden-huiselijk', 'Gaat het om een vermoeden van huiselijk geweld of kindermishandeling?', [
      ['ja', 'Ja', 'meldcode'],
      ['nee', 'Nee, om iets anders', 'vermoeden-overig'],
    ]),
    question('minderjarig', 'Is het slachtoffer jonger dan 18 jaar?', [
      ['ja', 'Ja', 'kind-context'],
      ['nee', 'Nee, 18 jaar of ouder', 'relatie-dader'],
    ]),
    question('kind-context', 'Waar speelt het?', [
      ['thuis', 'Thuis, of de dader is een ouder, verzorger of gezinslid', 'kind-thuis'],
      ['seksueel', 'Seksueel misbruik buiten het gezin', 'kind-seksueel'],
      ['online', 'Online, zoals sexting, sextortion of verspreide beelden', 'kind-online'],
      ['sport', 'Bij de sportvereniging', 'kind-sport'],
      ['anders', 'Ergens anders, zoals geweld op straat of een beroving', 'kind-overig'],
    ]),
    question('relatie-dader', 'Is de dader een (ex-)partner, familielid of huisgenoot?', [
      ['ja', 'Ja', 'huiselijk-geweld'],
      ['nee', 'Nee', 'delict'],
    ]),
    question('delict', 'Wat is er gebeurd?', [
      ...DELICT_OPTIONS,
      ['sport', 'Grensoverschrijdend gedrag in de sport', 'sport-volwassene'],
      ['anders', 'Iets anders', 'hulpvraag'],
    ]),
    question('seksueel-wanneer', 'Wanneer is het gebeurd?', [
      ['recent', 'In de afgelopen zeven dagen', 'seksueel-recent'],
      ['langer', 'Langer dan een week geleden', 'seksueel-langer-geleden'],
    ]),
    question('hulpvraag', 'Waar heeft het slachtoffer vooral behoefte aan?', [
      ['steun', 'Steun en praktische hulp', 'algemeen-steun'],
      ['juridisch', 'Juridisch advies', 'algemeen-juridisch'],
      ['schadefonds', 'Een tegemoetkoming na ernstig letsel door geweld', 'schadefonds'],
      ['vonnis', 'Hulp bij het innen van een schadevergoeding die de rechter heeft opgelegd', 'schadevergoeding-na-vonnis'],
    ]),
    outcome('bel-112', {
      title: 'Bel nu 112',
      urgent: true,
      advice: 'Bel 112 bij acuut gevaar of letsel. Zorg voor uw eigen veiligheid en die van anderen. Volg daarna het protocol van uw organisatie en, bij huiselijk geweld of kindermishandeling, de stappen van de meldcode.',
      organisations: [
        ['alarmnummer-112', 'Voor politie, ambulance of brandweer bij acuut gevaar.'],
        ['veilig-thuis', 'Na de acute situatie: advies en melding bij huiselijk geweld of kindermishandeling.'],
      ],
    }),
    outcome('suicide-113', {
      title: 'Signalen van suïcide: vraag ernaar en schakel 113 in',
      urgent: true,
      advice: 'Vraag direct of iemand aan zelfdoding denkt; dat verhoogt het risico niet. Laat iemand met acute plannen niet alleen en bel bij direct levensgevaar 112. 113 Zelfmoordpreventie (113 of gratis 0800-0113) is dag en nacht bereikbaar, ook voor professionals die willen overleggen. Betrek met toestemming de huisarts.',
      organisations: [
        ['113-zelfmoordpreventie', 'Crisislijn voor de persoon zelf, en advies voor professionals die zich zorgen maken.'],
        ['huisarts', 'Voor beoordeling en verwijzing naar de ggz.'],
        ['alarmnummer-112', 'Bij direct levensgevaar.'],
      ],
      links: [{ label: 'Stappenplan nazorg bij suïcide op school', href: '/stappenplannen/nazorg-bij-suicide-op-school/' }],
    }),
    outcome('zelf-slachtoffer', {
      title: 'U bent zelf slachtoffer',
      advice: 'Ook als professional kunt u slachtoffer worden, bijvoorbeeld van agressie op het werk. Meld het bij uw werkgever en de vertrouwenspersoon. Slachtofferhulp Nederland helpt u, net als ieder ander slachtoffer.',
      delicts: ['algemeen'],
      organisations: [
        [SHN, 'Steun, hulp bij aangifte en schadevergoeding.'],
        ['mind-korrelatie', 'Anoniem praten over wat het met u doet.'],
        ['huisarts', 'Als klachten aanhouden.'],
      ],
      links: [{ label: 'Ik ben zelf slachtoffer', href: '/situaties/ik-ben-zelf-slachtoffer/' }],
    }),
    outcome('overleg', {
      title: 'Overleg met de Advieslijn voor professionals',
      advice: 'Twijfelt u wat u moet doen? Bespreek de casus anoniem met een expert van de Advieslijn voor professionals. U krijgt advies over de volgende stap en over doorverwijzen.',
      organisations: [['advieslijn-professionals', ADVIESLIJN_WHY]],
      links: [GESPREKSTIPS],
    }),
    outcome('meldcode', {
      title: 'Vermoeden van huiselijk geweld of kindermishandeling: volg de meldcode',
      advice: 'Volg de vijf stappen van de meldcode van uw beroepsgroep: signalen vastleggen, collegiale consultatie en advies vragen bij Veilig Thuis, in gesprek gaan, wegen met het afwegingskader, en beslissen over hulp en melding. U mag Veilig Thuis altijd om advies vragen, ook anoniem over een casus.',
      delicts: ['geweld', 'seksueel-misbruik'],
      organisations: [
        ['veilig-thuis', 'Advies en melding bij (een vermoeden van) huiselijk geweld en kindermishandeling; gratis via 0800-2000.'],
        ['advieslijn-professionals', ADVIESLIJN_WHY],
      ],
      links: [SIGNALENWIJZER, { label: 'Ik heb vermoedens', href: '/situaties/ik-heb-vermoedens/' }],
    }),
    outcome('vermoeden-overig', {
      title: 'Een vermoeden, maar geen zekerheid',
      advice: 'Leg vast wat u ziet en hoort, zonder het in te vullen. Ga in gesprek met de persoon en vraag open wat er aan de hand is. Overleg met de Advieslijn over de volgende stap.',
      delicts: ['algemeen'],
      organisations: [
        ['advieslijn-professionals', ADVIESLIJN_WHY],
        [SHN, 'Als blijkt dat iemand slachtoffer is: voor steun en praktische hulp.'],
      ],
      links: [SIGNALENWIJZER, GESPREKSTIPS],
    }),
    outcome('kind-thuis', {
      title: 'Een kind dat thuis onveilig is: meldcode en Veilig Thuis',
      advice: 'Volg de meldcode. Bij acute of structurele onveiligheid bent u volgens het afwegingskader verplicht te melden bij Veilig Thuis. Vraag Veilig Thuis ook om advies als u twijfelt. Het kind kan zelf anoniem terecht bij De Kindertelefoon.',
      delicts: ['geweld', 'seksueel-misbruik'],
      organisations: [
        ['veilig-thuis', 'Advies en melding bij kindermishandeling en huiselijk geweld.'],
        ['de-kindertelefoon', 'Het kind kan hier anoniem en gratis praten.'],
      ],
      links: [SIGNALENWIJZER],
    }),
    outcome('kind-seksueel', {
      title: 'Seksueel misbruik van een minderjarige',
      advice: 'Is het minder dan een week geleden? Neem dan direct contact op met het Centrum Seksueel Geweld (0800-0188) voor medische en forensische zorg. Stel het kind geen sturende vragen; dat kan een later verhoor schaden. Vraag Veilig Thuis om advies over de veiligheid van het kind.',
      delicts: ['seksueel-misbruik'],
      organisations: [
        ['centrum-seksueel-geweld', 'Acute medische, forensische en psychische hulp na seksueel geweld, ook voor kinderen.'],
        ['veilig-thuis', 'Advies over de veiligheid van het kind en de meldcode.'],
        ['politie', 'Voor een informatief gesprek en aangifte; bij kinderen in een speciale verhoorstudio.'],
      ],
    }),
    outcome('kind-online', {
      title: 'Online seksueel misbruik van een minderjarige',
      advice: 'Bekijk, kopieer of stuur de beelden niet door: ook dat is strafbaar. Noteer waar ze staan. Helpwanted helpt om beelden offline te halen. Bij afpersing: niet betalen en de politie inschakelen.',
      delicts: ['online-seksuele-intimidatie'],
      organisations: [
        ['helpwanted', 'Advies voor jongeren, ouders en professionals, en hulp bij verwijderen van beelden.'],
        ['politie', 'Voor aangifte van sextortion of verspreiding.'],
        ['de-kindertelefoon', 'De jongere kan hier anoniem praten.'],
      ],
    }),
    outcome('kind-sport', {
      title: 'Grensoverschrijdend gedrag tegen een minderjarige in de sport',
      advice: 'Betrek de vertrouwenscontactpersoon van de vereniging. Het Centrum Veilige Sport Nederland adviseert en behandelt meldingen onafhankelijk. Bij signalen van seksueel misbruik of mishandeling: volg ook de meldcode en vraag Veilig Thuis om advies.',
      delicts: ['geweld', 'seksueel-misbruik', 'algemeen'],
      organisations: [
        ['centrum-veilige-sport-nederland', 'Advies en onafhankelijk meldpunt voor de sport.'],
        ['veilig-thuis', 'Advies bij een vermoeden van misbruik of mishandeling.'],
      ],
      links: [{ label: 'Incident in de sport', href: '/situaties/incident-in-de-sport/' }],
    }),
    outcome('kind-overig', {
      title: 'Een minderjarig slachtoffer',
      advice: 'Slachtofferhulp Nederland helpt kinderen en jongeren, en hun ouders, met de gevolgen van een misdrijf of ongeval. Betrek de ouders of verzorgers, tenzij dat de veiligheid van het kind in gevaar brengt.',
      delicts: ['geweld', 'overval-of-beroving', 'algemeen'],
      organisations: [
        [SHN, 'Steun voor kind en ouders, en hulp bij aangifte en schadevergoeding.'],
        ['de-kindertelefoon', 'Het kind kan hier anoniem praten.'],
      ],
    }),
    outcome('huiselijk-geweld', {
      title: 'Geweld door een (ex-)partner of familielid',
      advice: 'Volg de meldcode huiselijk geweld en kindermishandeling. Zijn er kinderen in het gezin, dan zijn zij ook slachtoffer. Veilig Thuis adviseert en neemt meldingen aan. Bij stalking door een ex-partner: leg incidenten vast en verwijs naar de politie.',
      delicts: ['geweld', 'stalking'],
      organisations: [
        ['veilig-thuis', 'Advies en melding bij huiselijk geweld.'],
        [SHN, SHN_WHY],
        ['politie', 'Voor aangifte en bescherming.'],
      ],
      links: [SIGNALENWIJZER],
    }),
    outcome('fraude', {
      title: 'Fraude of oplichting',
      advice: 'Laat de cliënt direct de bank bellen en wachtwoorden wijzigen. Meld de fraude bij de Fraudehelpdesk en doe aangifte. Schaamte is groot bij fraude: benoem dat het de schuld van de oplichter is.',
      delicts: ['fraude'],
      organisations: [
        ['fraudehelpdesk', 'Advies na fraude en registratie van de melding.'],
        ['politie', 'Voor aangifte.'],
        [SHN, SHN_WHY],
      ],
    }),
    outcome('geweld', {
      title: 'Geweld of mishandeling',
      advice: 'Laat letsel vastleggen door een arts. Slachtofferhulp Nederland helpt bij aangifte, strafproces en schadevergoeding. Bij ernstig letsel kan het Schadefonds Geweldsmisdrijven een tegemoetkoming geven.',
      delicts: ['geweld'],
      organisations: [
        [SHN, SHN_WHY],
        ['politie', 'Voor aangifte.'],
        ['schadefonds-geweldsmisdrijven', 'Tegemoetkoming bij ernstig letsel door een geweldsmisdrijf.'],
      ],
      links: [AANGIFTE],
    }),
    outcome('nabestaande-zelfdoding', {
      title: 'Nabestaande na zelfdoding',
      advice: 'Nabestaanden na zelfdoding hebben een verhoogd risico op suïcide. Blijf in contact, vraag hoe het gaat en wijs op hulp voor nabestaanden. In een organisatie of school: volg het protocol voor nazorg na suïcide.',
      delicts: ['nabestaande-na-zelfdoding'],
      organisations: [
        ['113-zelfmoordpreventie', 'Steun voor nabestaanden, en advies voor professionals.'],
        [SHN, 'Praktische en emotionele steun voor nabestaanden.'],
        ['huisarts', 'Bij vastgelopen rouw of somberheid.'],
      ],
      links: [{ label: 'Stappenplan nazorg bij suïcide op school', href: '/stappenplannen/nazorg-bij-suicide-op-school/' }],
    }),
    outcome('online-seksuele-intimidatie', {
      title: 'Online seksuele intimidatie',
      advice: 'Niet ingaan op eisen en niet betalen. Laat bewijs bewaren (berichten, profielen, links), maar verspreid beelden niet. Helpwanted helpt bij het laten verwijderen. Verwijs voor aangifte naar de politie.',
      delicts: ['online-seksuele-intimidatie'],
      organisations: [
        ['helpwanted', 'Advies en hulp bij verwijderen van beelden.'],
        ['politie', 'Voor aangifte.'],
        [SHN, SHN_WHY],
      ],
    }),
    outcome('overval-of-beroving', {
      title: 'Overval of beroving',
      advice: 'Bij een overval op het werk: zorg voor eerste opvang door collega’s en volg het protocol van de organisatie. Verwijs medewerkers en klanten door naar Slachtofferhulp Nederland.',
      delicts: ['overval-of-beroving'],
      organisations: [
        [SHN, SHN_WHY],
        ['politie', 'Voor aangifte.'],
      ],
      links: [{ label: 'Incident op de werkvloer', href: '/situaties/incident-op-de-werkvloer/' }],
    }),
    outcome('seksueel-recent', {
      title: 'Seksueel geweld in de afgelopen week: Centrum Seksueel Geweld',
      urgent: true,
      advice: 'Verwijs direct naar het Centrum Seksueel Geweld (0800-0188), dag en nacht bereikbaar. Binnen zeven dagen zijn medische zorg en sporenonderzoek nog mogelijk. Adviseer om niet te douchen en kleding te bewaren. Het slachtoffer hoeft nog niet te beslissen over aangifte.',
      delicts: ['seksueel-misbruik'],
      organisations: [
        ['centrum-seksueel-geweld', 'Acute medische, forensische en psychische hulp.'],
        ['politie', 'Voor een informatief gesprek en eventueel aangifte.'],
      ],
    }),
    outcome('seksueel-langer-geleden', {
      title: 'Seksueel geweld langer geleden',
      advice: 'Luister zonder te oordelen en laat het slachtoffer het tempo bepalen. Verwijs door naar Slachtofferhulp Nederland voor begeleiding, ook bij een eventuele melding of aangifte.',
      delicts: ['seksueel-misbruik'],
      organisations: [
        [SHN, SHN_WHY],
        ['centrum-seksueel-geweld', 'Ook voor advies als het langer geleden is.'],
        ['huisarts', 'Voor verwijzing naar passende psychische hulp.'],
      ],
      links: [GESPREKSTIPS],
    }),
    outcome('stalking', {
      title: 'Stalking',
      advice: 'Adviseer een logboek bij te houden met data en bewijs, en niet te reageren op de stalker. Verwijs naar de politie voor aangifte en naar het Juridisch Loket voor een contact- of straatverbod.',
      delicts: ['stalking'],
      organisations: [
        ['politie', 'Voor aangifte en bescherming.'],
        [SHN, SHN_WHY],
        ['juridisch-loket', 'Gratis juridisch advies.'],
      ],
    }),
    outcome('verkeersongeval', {
      title: 'Verkeersongeval',
      advice: 'Slachtofferhulp Nederland helpt slachtoffers en nabestaanden van verkeersongevallen met schadeverhaal, het strafproces en de emotionele gevolgen.',
      delicts: ['verkeersongeval'],
      organisations: [
        [SHN, SHN_WHY],
        ['juridisch-loket', 'Gratis juridisch advies over aansprakelijkheid.'],
      ],
    }),
    outcome('woninginbraak', {
      title: 'Woninginbraak',
      advice: 'Verwijs voor aangifte naar de politie; de verzekeraar vraagt daarom. Blijft het gevoel van onveiligheid thuis, dan helpt Slachtofferhulp Nederland.',
      delicts: ['woninginbraak'],
      organisations: [
        ['politie', 'Voor aangifte.'],
        [SHN, SHN_WHY],
      ],
    }),
    outcome('sport-volwassene', {
      title: 'Grensoverschrijdend gedrag in de sport',
      advice: 'Het Centrum Veilige Sport Nederland adviseert sporters, ouders en bestuurders en behandelt meldingen onafhankelijk. Betrek de vertrouwenscontactpersoon van de vereniging.',
      delicts: ['algemeen'],
      organisations: [
        ['centrum-veilige-sport-nederland', 'Advies en onafhankelijk meldpunt voor de sport.'],
        [SHN, SHN_WHY],
      ],
      links: [{ label: 'Incident in de sport', href: '/situaties/incident-in-de-sport/' }],
    }),
    outcome('algemeen-steun', {
      title: 'Steun en praktische hulp',
      advice: 'Slachtofferhulp Nederland helpt na elk misdrijf, verkeersongeval of andere ingrijpende gebeurtenis. U kunt het slachtoffer, met toestemming, zelf aanmelden.',
      delicts: ['algemeen'],
      organisations: [[SHN, SHN_WHY]],
    }),
    outcome('algemeen-juridisch', {
      title: 'Juridisch advies',
      advice: 'Het Juridisch Loket geeft gratis juridisch advies. Slachtofferhulp Nederland legt slachtofferrechten uit en helpt in het strafproces.',
      delicts: ['algemeen'],
      organisations: [
        ['juridisch-loket', 'Gratis juridisch advies.'],
        [SHN, 'Uitleg over slachtofferrechten en hulp in het strafproces.'],
      ],
    }),
    outcome('schadefonds', {
      title: 'Tegemoetkoming na ernstig letsel',
      advice: 'Het Schadefonds Geweldsmisdrijven geeft een eenmalige tegemoetkoming aan slachtoffers met ernstig letsel door een geweldsmisdrijf, en aan nabestaanden. Slachtofferhulp Nederland helpt bij de aanvraag.',
      delicts: ['geweld'],
      organisations: [
        ['schadefonds-geweldsmisdrijven', 'Tegemoetkoming bij ernstig letsel door geweld.'],
        [SHN, 'Hulp bij het aanvragen.'],
      ],
    }),
    outcome('schadevergoeding-na-vonnis', {
      title: 'Schadevergoeding na een vonnis',
      advice: 'Bij een schadevergoedingsmaatregel int het CJIB het bedrag bij de dader en kan het in veel gevallen voorschieten als de dader niet op tijd betaalt.',
      delicts: ['algemeen'],
      organisations: [
        ['cjib-slachtofferinformatie', 'Informatie over inning en voorschot.'],
        [SHN, 'Hulp bij vragen over schadevergoeding.'],
      ],
    }),
  ],
}

export const doorverwijstoolProfessionals: SeedTool = {
  title: 'Doorverwijstool voor professionals',
  slug: 'doorverwijstool',
  site: 'professionals',
  kind: 'decision-tree',
  summary: 'Advies op maat: naar welke instantie verwijst u een slachtoffer het beste door?',
  intro:
    'Een leerling, cliënt, patiënt, medewerker of sporter vertelt u iets, of u heeft een vermoeden. Beantwoord een paar vragen en u ziet naar welke instanties u kunt doorverwijzen, waarom, en hoe u ze bereikt. Twijfelt u, bel dan de Advieslijn voor professionals.',
  definition: doorverwijstoolProfessionalsDefinition,
}
