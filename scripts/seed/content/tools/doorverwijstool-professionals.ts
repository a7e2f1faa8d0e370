/**
 * Doorverwijstool for professionals: where to refer a victim (a pupil, client, patient,
 * employee or sporter). Safety first (112, 113), then the situation, age and what happened, and
 * only then, where it changes what is needed, when it happened and who did it. The safety rules
 * (`referral-safety-rules.ts`) hold on every path. The tool also serves HR and sport, who are not
 * under the Wet verplichte meldcode: a duty to report is only named for those who are. Sources
 * for the time limits after sexual violence: see `doorverwijstool-helpers.ts`.
 */
import type { DecisionTreeDefinition } from '@vsp/content-models'
import type { SeedTool } from '../types'
import { REFERRAL_SAFETY_RULES, TAG } from './referral-safety-rules'
import {
  CHILD_RELATION_OPTIONS,
  CHILD_SPORT_OPTIONS,
  DELICT_OPTIONS,
  RELATION_OPTIONS,
  WHEN_OPTIONS,
  outcome,
  question,
} from './tree-builders'

const SHN = 'slachtofferhulp-nederland'
const SHN_WHY = 'Gratis praktische, juridische en emotionele steun; u kunt met toestemming van het slachtoffer ook zelf aanmelden.'
const ADVIESLIJN_WHY = 'Overleg met een expert van Slachtofferhulp Nederland over deze casus.'
const SIGNALENWIJZER = { label: 'Signalenwijzer', href: '/signalenwijzer/' }
const GESPREKSTIPS = { label: 'Gesprekstips', href: '/gesprekstips/' }
const AANGIFTE = { label: 'In gesprek over aangifte', href: '/in-gesprek-over-aangifte/' }
const SPORT = { label: 'Incident in de sport', href: '/situaties/incident-in-de-sport/' }
/** Who is under the Wet verplichte meldcode, as the professionals' situation page says. */
const MELDCODE_WIE =
  'De Wet verplichte meldcode geldt voor professionals in de zorg, het onderwijs, de kinderopvang, de ' +
  'maatschappelijke ondersteuning, de jeugdhulp en justitie. Sportverenigingen en werkgevers buiten die ' +
  'sectoren vallen er niet onder.'

export const doorverwijstoolProfessionalsDefinition: DecisionTreeDefinition = {
  kind: 'decision-tree',
  start: 'acuut-gevaar',
  safetyRules: REFERRAL_SAFETY_RULES,
  nodes: [
    question('acuut-gevaar', 'Is er nu acuut gevaar voor het slachtoffer of voor anderen?', [
      ['ja', 'Ja', 'bel-112', [TAG.danger]],
      ['nee', 'Nee', 'suicide-signalen'],
    ]),
    question(
      'suicide-signalen',
      'Zijn er signalen dat het slachtoffer aan zelfdoding denkt?',
      [
        ['ja', 'Ja', 'suicide-113', [TAG.suicide]],
        ['nee', 'Nee, of niet dat ik weet', 'situatie'],
      ],
      'Bijvoorbeeld: praten over de dood of over een last zijn, afscheid nemen, spullen weggeven.',
    ),
    question('situatie', 'Wat past het best bij uw situatie?', [
      ['vermoeden', 'Ik heb vermoedens, maar weet niet zeker wat er is gebeurd', 'vermoeden-huiselijk'],
      ['verteld', 'Iemand heeft mij verteld dat hij of zij slachtoffer is', 'minderjarig'],
      ['zelf', 'Ik ben zelf slachtoffer geworden', 'zelf-slachtoffer'],
      ['overleg', 'Ik wil eerst overleggen over een casus', 'overleg'],
    ]),
    question('vermoeden-huiselijk', 'Gaat het om een vermoeden van huiselijk geweld of kindermishandeling?', [
      ['ja', 'Ja', 'meldcode', [TAG.domestic]],
      ['nee', 'Nee, om iets anders', 'vermoeden-overig'],
    ]),
    question('minderjarig', 'Is het slachtoffer jonger dan 18 jaar?', [
      ['ja', 'Ja', 'kind-wat', [TAG.child]],
      ['nee', 'Nee, 18 jaar of ouder', 'delict'],
    ]),
    question('kind-wat', 'Wat is er met het kind of de jongere gebeurd?', [
      ['seksueel', 'Seksueel misbruik, aanranding of verkrachting', 'kind-seksueel-wanneer', [TAG.sexual]],
      ['geweld', 'Mishandeling, geweld, bedreiging of verwaarlozing', 'kind-geweld-dader'],
      ['online', 'Online, zoals sexting, sextortion of verspreide beelden', 'kind-online'],
      ['sport', 'Grensoverschrijdend gedrag bij de sportvereniging, bijvoorbeeld door een trainer', 'kind-sport-wat', [TAG.sport]],
      ['anders', 'Iets anders, zoals een beroving of een ongeluk', 'kind-overig'],
    ]),
    question(
      'kind-seksueel-wanneer',
      'Wanneer is het misbruik voor het laatst gebeurd?',
      WHEN_OPTIONS('kind-seksueel-recent', 'kind-seksueel-dader'),
    ),
    question('kind-seksueel-dader', 'Wie is de dader?', CHILD_RELATION_OPTIONS('kind-seksueel-thuis', 'kind-seksueel', 'kind-seksueel')),
    question('kind-geweld-dader', 'Wie is de dader?', CHILD_RELATION_OPTIONS('kind-thuis', 'kind-sport', 'kind-overig')),
    question(
      'kind-sport-wat',
      'Gaat het om seksueel misbruik?',
      CHILD_SPORT_OPTIONS('kind-seksueel-recent', 'kind-seksueel', 'kind-sport'),
    ),
    question('delict', 'Wat is er gebeurd?', [
      ...DELICT_OPTIONS,
      ['sport', 'Grensoverschrijdend gedrag in de sport, bijvoorbeeld door een trainer', 'sport-wat', [TAG.sport]],
      ['anders', 'Iets anders', 'hulpvraag'],
    ]),
    question('seksueel-wanneer', 'Wanneer is het gebeurd?', WHEN_OPTIONS('seksueel-recent', 'seksueel-langer-geleden')),
    question('geweld-dader', 'Wie is de dader?', RELATION_OPTIONS('huiselijk-geweld', 'geweld')),
    question('stalking-dader', 'Wie is de stalker?', RELATION_OPTIONS('huiselijk-geweld', 'stalking')),
    question('sport-wat', 'Gaat het om aanranding, verkrachting of ander seksueel geweld in de afgelopen zeven dagen?', [
      ['ja', 'Ja, of ik weet niet wanneer', 'seksueel-recent', [TAG.sexual, TAG.recent]],
      ['nee', 'Nee', 'sport-volwassene'],
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
      advice:
        'Bel 112 bij acuut gevaar of letsel. Zorg voor uw eigen veiligheid en die van anderen. Volg daarna ' +
        'het protocol van uw organisatie. Gaat het om huiselijk geweld of kindermishandeling en werkt u met ' +
        'de meldcode, volg dan ook de stappen van de meldcode; anders kunt u Veilig Thuis om advies vragen.',
      organisations: [
        ['alarmnummer-112', 'Voor politie, ambulance of brandweer bij acuut gevaar.'],
        ['veilig-thuis', 'Na de acute situatie: advies en melding bij huiselijk geweld of kindermishandeling.'],
      ],
    }),
    outcome('suicide-113', {
      title: 'Signalen van suïcide: vraag ernaar en schakel 113 in',
      urgent: true,
      advice:
        'Vraag direct of iemand aan zelfdoding denkt; dat verhoogt het risico niet. Laat iemand met acute ' +
        'plannen niet alleen en bel bij direct levensgevaar 112. 113 Zelfmoordpreventie (113 of gratis ' +
        '0800-0113) is dag en nacht bereikbaar, ook voor professionals die willen overleggen. Betrek met ' +
        'toestemming de huisarts.',
      organisations: [
        ['113-zelfmoordpreventie', 'Crisislijn voor de persoon zelf, en advies voor professionals die zich zorgen maken.'],
        ['huisarts', 'Voor beoordeling en verwijzing naar de ggz.'],
        ['alarmnummer-112', 'Bij direct levensgevaar.'],
      ],
      links: [{ label: 'Stappenplan nazorg bij suïcide op school', href: '/stappenplannen/nazorg-bij-suicide-op-school/' }],
    }),
    outcome('zelf-slachtoffer', {
      title: 'U bent zelf slachtoffer',
      advice:
        'Ook als professional kunt u slachtoffer worden, bijvoorbeeld van agressie op het werk. Meld het bij ' +
        'uw werkgever en de vertrouwenspersoon. Slachtofferhulp Nederland helpt u, net als ieder ander ' +
        'slachtoffer.',
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
      advice:
        'Twijfelt u wat u moet doen? Bespreek de casus anoniem met een expert van de Advieslijn voor professionals. U krijgt advies over de volgende stap en over doorverwijzen.',
      organisations: [['advieslijn-professionals', ADVIESLIJN_WHY]],
      links: [GESPREKSTIPS],
    }),
    outcome('meldcode', {
      title: 'Vermoeden van huiselijk geweld of kindermishandeling: Veilig Thuis en de meldcode',
      advice: `Werkt u met de meldcode, volg dan de vijf stappen van de meldcode van uw beroepsgroep: signalen \
vastleggen, collegiale consultatie en advies vragen bij Veilig Thuis, in gesprek gaan, wegen met het afwegingskader, \
en beslissen over hulp en melding. ${MELDCODE_WIE} Iedereen mag Veilig Thuis om advies vragen, ook anoniem over \
een casus, en een melding doen.`,
      delicts: ['geweld', 'seksueel-misbruik'],
      organisations: [
        ['veilig-thuis', 'Advies en melding bij (een vermoeden van) huiselijk geweld en kindermishandeling; gratis via 0800-2000.'],
        ['advieslijn-professionals', ADVIESLIJN_WHY],
      ],
      links: [SIGNALENWIJZER, { label: 'Ik heb vermoedens', href: '/situaties/ik-heb-vermoedens/' }],
    }),
    outcome('vermoeden-overig', {
      title: 'Een vermoeden, maar geen zekerheid',
      advice:
        'Leg vast wat u ziet en hoort, zonder het in te vullen. Ga in gesprek met de persoon en vraag open wat er aan de hand is. Overleg met de Advieslijn over de volgende stap.',
      delicts: ['algemeen'],
      organisations: [
        ['advieslijn-professionals', ADVIESLIJN_WHY],
        [SHN, 'Als blijkt dat iemand slachtoffer is: voor steun en praktische hulp.'],
      ],
      links: [SIGNALENWIJZER, GESPREKSTIPS],
    }),
    outcome('kind-thuis', {
      title: 'Een kind dat thuis onveilig is: Veilig Thuis',
      advice: `Vraag Veilig Thuis om advies, ook als u twijfelt. Werkt u met de meldcode, volg die dan: bij acute \
of structurele onveiligheid bent u volgens het afwegingskader verplicht te melden bij Veilig Thuis. ${MELDCODE_WIE} \
Ook zonder meldcode kunt u altijd melden. Het kind kan zelf anoniem terecht bij De Kindertelefoon.`,
      delicts: ['geweld'],
      organisations: [
        ['veilig-thuis', 'Advies en melding bij kindermishandeling en huiselijk geweld.'],
        ['de-kindertelefoon', 'Het kind kan hier anoniem en gratis praten.'],
        ['politie', 'Voor aangifte of als het kind bescherming nodig heeft.'],
      ],
      links: [SIGNALENWIJZER],
    }),
    outcome('kind-seksueel-recent', {
      title: 'Seksueel misbruik van een minderjarige in de afgelopen week: Centrum Seksueel Geweld',
      urgent: true,
      advice:
        'Neem direct contact op met het Centrum Seksueel Geweld (0800-0188, dag en nacht), ook als niet zeker ' +
        'is wanneer het gebeurde. De eerste 72 uur zijn cruciaal voor medische zorg, en sporen worden het ' +
        'liefst zo snel mogelijk veiliggesteld. Stel het kind geen sturende vragen; dat kan een later verhoor ' +
        'schaden. Gebeurde het thuis, neem dan ook contact op met Veilig Thuis; gebeurde het bij de ' +
        'sportvereniging, meld het dan ook bij het Centrum Veilige Sport Nederland.',
      delicts: ['seksueel-misbruik'],
      organisations: [
        ['centrum-seksueel-geweld', 'Acute medische, forensische en psychische hulp na seksueel geweld, ook voor kinderen.'],
        ['veilig-thuis', 'Advies over de veiligheid van het kind, zeker als het thuis gebeurde.'],
        ['politie', 'Voor een informatief gesprek en aangifte; bij kinderen in een speciale verhoorstudio.'],
        ['centrum-veilige-sport-nederland', 'Als het bij de sportvereniging gebeurde: advies en een onafhankelijk meldpunt.'],
        ['de-kindertelefoon', 'Het kind kan hier anoniem praten.'],
      ],
    }),
    outcome('kind-seksueel-thuis', {
      title: 'Seksueel misbruik van een minderjarige thuis: Veilig Thuis en het Centrum Seksueel Geweld',
      urgent: true,
      advice:
        `Een kind dat thuis seksueel wordt misbruikt, is daar niet veilig. Neem nu contact op met Veilig ` +
        `Thuis (0800-2000). Werkt u met de meldcode, dan is dit acute of structurele onveiligheid waarbij u ` +
        `volgens het afwegingskader moet melden; ook zonder meldcode kunt u melden. Het Centrum Seksueel ` +
        `Geweld (0800-0188) helpt het kind ook als het langer dan een week geleden is. Stel geen sturende ` +
        `vragen.`,
      delicts: ['seksueel-misbruik'],
      organisations: [
        ['veilig-thuis', 'Advies en melding, zodat het kind thuis veilig wordt.'],
        ['centrum-seksueel-geweld', 'Medische en psychische hulp voor het kind na seksueel geweld.'],
        ['politie', 'Voor een informatief gesprek en aangifte; bij kinderen in een speciale verhoorstudio.'],
        ['de-kindertelefoon', 'Het kind kan hier anoniem praten.'],
      ],
      links: [SIGNALENWIJZER],
    }),
    outcome('kind-seksueel', {
      title: 'Seksueel misbruik van een minderjarige',
      urgent: true,
      advice:
        'Neem contact op met het Centrum Seksueel Geweld (0800-0188), ook als het langer dan een week geleden ' +
        'is. Stel het kind geen sturende vragen; dat kan een later verhoor schaden. Vraag Veilig Thuis om ' +
        'advies over de veiligheid van het kind. Gebeurde het bij de sportvereniging, meld het dan ook bij ' +
        'het Centrum Veilige Sport Nederland.',
      delicts: ['seksueel-misbruik'],
      organisations: [
        ['centrum-seksueel-geweld', 'Medische, forensische en psychische hulp na seksueel geweld, ook voor kinderen.'],
        ['veilig-thuis', 'Advies over de veiligheid van het kind.'],
        ['politie', 'Voor een informatief gesprek en aangifte; bij kinderen in een speciale verhoorstudio.'],
        ['centrum-veilige-sport-nederland', 'Als het bij de sportvereniging gebeurde: advies en een onafhankelijk meldpunt.'],
      ],
      links: [SPORT],
    }),
    outcome('kind-online', {
      title: 'Online seksueel misbruik van een minderjarige',
      advice:
        'Bekijk, kopieer of stuur de beelden niet door: ook dat is strafbaar. Noteer waar ze staan. ' +
        'Helpwanted helpt om beelden offline te halen. Bij afpersing: niet betalen en de politie inschakelen.',
      delicts: ['online-seksuele-intimidatie'],
      organisations: [
        ['helpwanted', 'Advies voor jongeren, ouders en professionals, en hulp bij verwijderen van beelden.'],
        ['politie', 'Voor aangifte van sextortion of verspreiding.'],
        ['de-kindertelefoon', 'De jongere kan hier anoniem praten.'],
      ],
    }),
    outcome('kind-sport', {
      title: 'Grensoverschrijdend gedrag tegen een minderjarige in de sport',
      advice:
        'Betrek de vertrouwenscontactpersoon van de vereniging. Het Centrum Veilige Sport Nederland adviseert ' +
        'en behandelt meldingen onafhankelijk. Is er een strafbaar feit gepleegd, zoals mishandeling of ' +
        'seksueel misbruik, dan kan het kind of de ouder aangifte doen bij de politie. Vraag Veilig Thuis om ' +
        'advies over de veiligheid van het kind. Sportverenigingen vallen niet onder de Wet verplichte ' +
        'meldcode, maar iedereen kan Veilig Thuis raadplegen. Gaat het ook om seksueel misbruik, schakel dan ' +
        'het Centrum Seksueel Geweld in (0800-0188).',
      delicts: ['geweld', 'seksueel-misbruik', 'algemeen'],
      organisations: [
        ['centrum-veilige-sport-nederland', 'Advies en onafhankelijk meldpunt voor de sport.'],
        ['politie', 'Voor aangifte van een strafbaar feit, zoals mishandeling of seksueel misbruik.'],
        ['veilig-thuis', 'Advies bij een vermoeden van misbruik of mishandeling.'],
        ['centrum-seksueel-geweld', 'Bij seksueel misbruik: medische en psychische hulp, dag en nacht.'],
      ],
      links: [SPORT],
    }),
    outcome('kind-overig', {
      title: 'Een minderjarig slachtoffer',
      advice:
        'Slachtofferhulp Nederland helpt kinderen en jongeren, en hun ouders, met de gevolgen van een ' +
        'misdrijf of ongeval. Betrek de ouders of verzorgers, tenzij dat de veiligheid van het kind in gevaar ' +
        'brengt.',
      delicts: ['geweld', 'overval-of-beroving', 'algemeen'],
      organisations: [
        [SHN, 'Steun voor kind en ouders, en hulp bij aangifte en schadevergoeding.'],
        ['de-kindertelefoon', 'Het kind kan hier anoniem praten.'],
      ],
    }),
    outcome('huiselijk-geweld', {
      title: 'Geweld door een (ex-)partner of familielid',
      advice:
        `Veilig Thuis adviseert en neemt meldingen aan, ook van professionals die niet onder de meldcode ` +
        `vallen. Werkt u met de meldcode, volg dan de stappen van de meldcode huiselijk geweld en ` +
        `kindermishandeling. Zijn er kinderen in het gezin, dan zijn zij ook slachtoffer. Bij stalking door ` +
        `een ex-partner: leg incidenten vast en verwijs naar de politie.`,
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
      advice:
        'Laat de cliënt direct de bank bellen en wachtwoorden wijzigen. Meld de fraude bij de Fraudehelpdesk ' +
        'en doe aangifte. Schaamte is groot bij fraude: benoem dat het de schuld van de oplichter is.',
      delicts: ['fraude'],
      organisations: [
        ['fraudehelpdesk', 'Advies na fraude en registratie van de melding.'],
        ['politie', 'Voor aangifte.'],
        [SHN, SHN_WHY],
      ],
    }),
    outcome('geweld', {
      title: 'Geweld of mishandeling',
      advice:
        'Laat letsel vastleggen door een arts. Slachtofferhulp Nederland helpt bij aangifte, strafproces en ' +
        'schadevergoeding. Bij ernstig letsel kan het Schadefonds Geweldsmisdrijven een tegemoetkoming geven.',
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
      advice:
        'Nabestaanden na zelfdoding hebben een verhoogd risico op suïcide. Blijf in contact, vraag hoe het ' +
        'gaat en wijs op hulp voor nabestaanden. In een organisatie of school: volg het protocol voor nazorg ' +
        'na suïcide.',
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
      advice:
        'Niet ingaan op eisen en niet betalen. Laat bewijs bewaren (berichten, profielen, links), maar ' +
        'verspreid beelden niet. Helpwanted helpt bij het laten verwijderen. Verwijs voor aangifte naar de ' +
        'politie.',
      delicts: ['online-seksuele-intimidatie'],
      organisations: [
        ['helpwanted', 'Advies en hulp bij verwijderen van beelden.'],
        ['politie', 'Voor aangifte.'],
        [SHN, SHN_WHY],
      ],
    }),
    outcome('overval-of-beroving', {
      title: 'Overval of beroving',
      advice:
        'Bij een overval op het werk: zorg voor eerste opvang door collega’s en volg het protocol van de organisatie. Verwijs medewerkers en klanten door naar Slachtofferhulp Nederland.',
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
      advice:
        'Verwijs direct naar het Centrum Seksueel Geweld (0800-0188, dag en nacht), ook als de dader een ' +
        'partner, ex-partner of familielid is, en ook als niet zeker is wanneer het gebeurde. De eerste 72 ' +
        'uur zijn cruciaal: de morning-afterpil en medicijnen tegen hiv (PEP) werken alleen binnen ongeveer ' +
        '72 uur, een koperspiraal tot 5 dagen. Sporen worden het liefst zo snel mogelijk veiliggesteld, bij ' +
        'voorkeur binnen een week. Adviseer om niet te douchen en kleding te bewaren. Het slachtoffer hoeft ' +
        'nog niet te beslissen over aangifte.',
      delicts: ['seksueel-misbruik'],
      organisations: [
        ['centrum-seksueel-geweld', 'Acute medische, forensische en psychische hulp.'],
        ['politie', 'Voor een informatief gesprek en eventueel aangifte.'],
        ['veilig-thuis', 'Als de dader een partner, ex-partner of familielid is: advies over veiligheid thuis.'],
        ['centrum-veilige-sport-nederland', 'Als het in de sport gebeurde: advies en een onafhankelijk meldpunt.'],
      ],
    }),
    outcome('seksueel-langer-geleden', {
      title: 'Seksueel geweld langer geleden',
      advice:
        'Luister zonder te oordelen en laat het slachtoffer het tempo bepalen. Het Centrum Seksueel Geweld is ' +
        'ook te bellen als het langer geleden is. Verwijs door naar Slachtofferhulp Nederland voor ' +
        'begeleiding, ook bij een eventuele melding of aangifte. Is de dader een partner, ex-partner of ' +
        'familielid, of gaat het nog door, vraag dan Veilig Thuis om advies.',
      delicts: ['seksueel-misbruik'],
      organisations: [
        ['centrum-seksueel-geweld', 'Ook voor advies als het langer geleden is.'],
        [SHN, SHN_WHY],
        ['veilig-thuis', 'Als de dader een partner, ex-partner of familielid is, of als het nog doorgaat.'],
        ['huisarts', 'Voor verwijzing naar passende psychische hulp.'],
      ],
      links: [GESPREKSTIPS],
    }),
    outcome('stalking', {
      title: 'Stalking',
      advice:
        'Adviseer een logboek bij te houden met data en bewijs, en niet te reageren op de stalker. Verwijs ' +
        'naar de politie voor aangifte. Het Juridisch Loket geeft gratis advies over juridische stappen, ' +
        'zoals een contact- of straatverbod; voor zo’n verbod via de rechter is een advocaat nodig.',
      delicts: ['stalking'],
      organisations: [
        ['politie', 'Voor aangifte en bescherming.'],
        [SHN, SHN_WHY],
        ['juridisch-loket', 'Gratis advies over juridische stappen, zoals een contact- of straatverbod.'],
      ],
    }),
    outcome('verkeersongeval', {
      title: 'Verkeersongeval',
      advice:
        'Slachtofferhulp Nederland helpt slachtoffers en nabestaanden van verkeersongevallen met schadeverhaal, het strafproces en de emotionele gevolgen.',
      delicts: ['verkeersongeval'],
      organisations: [
        [SHN, SHN_WHY],
        ['juridisch-loket', 'Gratis juridisch advies over aansprakelijkheid.'],
      ],
    }),
    outcome('woninginbraak', {
      title: 'Woninginbraak',
      advice:
        'Is de inbraak net gebeurd, of zijn de inbrekers misschien nog in de buurt? Dan is het 112. Verwijs ' +
        'daarna voor aangifte naar de politie; de verzekeraar vraagt daarom. Blijft het gevoel van ' +
        'onveiligheid thuis, dan helpt Slachtofferhulp Nederland.',
      delicts: ['woninginbraak'],
      organisations: [
        ['politie', 'Voor aangifte.'],
        [SHN, SHN_WHY],
        ['alarmnummer-112', 'Als de inbraak net gebeurd is of de inbrekers misschien nog in de buurt zijn.'],
      ],
    }),
    outcome('sport-volwassene', {
      title: 'Grensoverschrijdend gedrag in de sport',
      advice:
        'Het Centrum Veilige Sport Nederland adviseert sporters, ouders en bestuurders en behandelt meldingen ' +
        'onafhankelijk. Betrek de vertrouwenscontactpersoon van de vereniging. Is er een strafbaar feit ' +
        'gepleegd, zoals mishandeling, aanranding of verkrachting, dan kan het slachtoffer aangifte doen bij ' +
        'de politie. Bij seksueel geweld helpt het Centrum Seksueel Geweld, ook als het langer geleden is.',
      delicts: ['algemeen'],
      organisations: [
        ['centrum-veilige-sport-nederland', 'Advies en onafhankelijk meldpunt voor de sport.'],
        ['politie', 'Voor aangifte van een strafbaar feit.'],
        ['centrum-seksueel-geweld', 'Bij seksueel geweld: medische en psychische hulp, dag en nacht.'],
        [SHN, SHN_WHY],
      ],
      links: [SPORT],
    }),
    outcome('algemeen-steun', {
      title: 'Steun en praktische hulp',
      advice:
        'Slachtofferhulp Nederland helpt na elk misdrijf, verkeersongeval of andere ingrijpende gebeurtenis. U kunt het slachtoffer, met toestemming, zelf aanmelden.',
      delicts: ['algemeen'],
      organisations: [[SHN, SHN_WHY]],
    }),
    outcome('algemeen-juridisch', {
      title: 'Juridisch advies',
      advice:
        'Het Juridisch Loket geeft gratis juridisch advies. Slachtofferhulp Nederland legt slachtofferrechten uit en helpt in het strafproces.',
      delicts: ['algemeen'],
      organisations: [
        ['juridisch-loket', 'Gratis juridisch advies.'],
        [SHN, 'Uitleg over slachtofferrechten en hulp in het strafproces.'],
      ],
    }),
    outcome('schadefonds', {
      title: 'Tegemoetkoming na ernstig letsel',
      advice:
        'Het Schadefonds Geweldsmisdrijven geeft een eenmalige tegemoetkoming aan slachtoffers met ernstig ' +
        'letsel door een geweldsmisdrijf, en aan nabestaanden. Slachtofferhulp Nederland helpt bij de ' +
        'aanvraag.',
      delicts: ['geweld'],
      organisations: [
        ['schadefonds-geweldsmisdrijven', 'Tegemoetkoming bij ernstig letsel door geweld.'],
        [SHN, 'Hulp bij het aanvragen.'],
      ],
    }),
    outcome('schadevergoeding-na-vonnis', {
      title: 'Schadevergoeding na een vonnis',
      advice:
        'Bij een schadevergoedingsmaatregel int het CJIB het bedrag bij de dader en kan het in veel gevallen voorschieten als de dader niet op tijd betaalt.',
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
    'Een leerling, cliënt, patiënt, medewerker of sporter vertelt u iets, of u heeft een vermoeden. ' +
    'Beantwoord een paar vragen en u ziet naar welke instanties u kunt doorverwijzen, waarom, en hoe u ze ' +
    'bereikt. Twijfelt u, bel dan de Advieslijn voor professionals.',
  definition: doorverwijstoolProfessionalsDefinition,
}
