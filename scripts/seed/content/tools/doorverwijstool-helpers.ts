/**
 * Doorverwijstool for helpers: to whom can the person you help (or you yourself) turn?
 * Safety first (112, 113), then who needs help, then age, then what happened, and only then,
 * where it changes what is needed, when it happened and who did it. The safety rules
 * (`referral-safety-rules.ts`) hold on every path.
 *
 * Sources for the time limits after sexual violence: the Centrum Seksueel Geweld
 * (centrumseksueelgeweld.nl: help preferably within seven days, trace evidence within a week;
 * CSG Oost-Brabant in Omroep Brabant, 2022: "de eerste 72 uur zijn cruciaal", and later calls are
 * welcome too), GGD Amsterdam (HIV-PEP at the latest within 72 hours), Zanzu/Rutgers (the
 * morning-after pill up to 3 days, or 5 for ulipristal; a copper IUD up to 5 days).
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
const SHN_WHY = 'Gratis praktische, juridische en emotionele steun voor slachtoffers, ook als er geen aangifte is gedaan.'
const KIND_HELPEN = { label: 'Een kind helpen', href: '/iemand-ondersteunen/een-kind-helpen/' }
const CHECKLIST_SEKSUEEL = { label: 'Checklist seksueel misbruik', href: '/checklists/seksueel-misbruik/' }

export const doorverwijstoolHelpersDefinition: DecisionTreeDefinition = {
  kind: 'decision-tree',
  start: 'direct-gevaar',
  safetyRules: REFERRAL_SAFETY_RULES,
  nodes: [
    question(
      'direct-gevaar',
      'Is er nu direct gevaar, of is er zojuist iets ernstigs gebeurd?',
      [
        ['ja', 'Ja', 'bel-112', [TAG.danger]],
        ['nee', 'Nee', 'zelfdoding'],
      ],
      'Bijvoorbeeld: de dader is nog in de buurt, iemand is gewond, of iemand wordt bedreigd.',
    ),
    question('zelfdoding', 'Praat de ander over niet meer willen leven, of maakt u zich daar zorgen over?', [
      ['ja', 'Ja', 'bel-113', [TAG.suicide]],
      ['nee', 'Nee', 'voor-wie'],
    ]),
    question('voor-wie', 'Voor wie zoekt u hulp?', [
      ['slachtoffer', 'Voor degene die slachtoffer is geworden', 'minderjarig'],
      ['mijzelf', 'Voor mijzelf, als helper', 'helper-somber'],
    ]),
    question('helper-somber', 'Heeft u zelf sombere gedachten, of gedachten aan zelfdoding?', [
      ['ja', 'Ja, of soms', 'helper-113', [TAG.suicide]],
      ['nee', 'Nee', 'hulp-voor-helper'],
    ]),
    question('minderjarig', 'Is het slachtoffer jonger dan 18 jaar?', [
      ['ja', 'Ja', 'kind-wat', [TAG.child]],
      ['nee', 'Nee, 18 jaar of ouder', 'wat-gebeurd'],
    ]),
    question('kind-wat', 'Wat is er met het kind gebeurd?', [
      ['seksueel', 'Seksueel misbruik of verkrachting', 'kind-seksueel-wanneer', [TAG.sexual]],
      ['geweld', 'Mishandeling, geweld, bedreiging of verwaarlozing', 'kind-geweld-dader'],
      ['online', 'Iets online, zoals sexting, een naaktfoto die rondgaat of afpersing', 'kind-online'],
      ['sport', 'Grensoverschrijdend gedrag bij de sportclub, bijvoorbeeld door een trainer', 'kind-sport-wat', [TAG.sport]],
      ['zorgen', 'Ik weet het niet precies, maar ik maak me zorgen over hoe het thuis gaat', 'kind-huiselijk-geweld', [TAG.domestic]],
      ['anders', 'Iets anders, zoals een beroving of een ongeluk', 'kind-algemeen'],
    ]),
    question(
      'kind-seksueel-wanneer',
      'Wanneer is het misbruik voor het laatst gebeurd?',
      WHEN_OPTIONS('kind-seksueel-recent', 'kind-seksueel-dader'),
    ),
    question(
      'kind-seksueel-dader',
      'Wie is de dader?',
      CHILD_RELATION_OPTIONS('kind-seksueel-thuis', 'kind-seksueel-geweld', 'kind-seksueel-geweld'),
    ),
    question('kind-geweld-dader', 'Wie is de dader?', CHILD_RELATION_OPTIONS('kind-huiselijk-geweld', 'kind-sport', 'kind-algemeen')),
    question(
      'kind-sport-wat',
      'Gaat het om seksueel misbruik?',
      CHILD_SPORT_OPTIONS('kind-seksueel-recent', 'kind-seksueel-geweld', 'kind-sport'),
    ),
    question('wat-gebeurd', 'Wat is er gebeurd?', [...DELICT_OPTIONS, ['anders', 'Iets anders', 'hulpvraag']]),
    question('seksueel-wanneer', 'Wanneer is het gebeurd?', WHEN_OPTIONS('seksueel-geweld-recent', 'seksueel-geweld-langer-geleden')),
    question('geweld-dader', 'Wie is de dader?', RELATION_OPTIONS('huiselijk-geweld', 'geweld')),
    question('stalking-dader', 'Wie is de stalker?', RELATION_OPTIONS('huiselijk-geweld', 'stalking')),
    question('hulpvraag', 'Waar heeft de ander nu het meest behoefte aan?', [
      ['steun', 'Steun en praktische hulp bij wat er gebeurd is', 'algemeen-steun'],
      ['juridisch', 'Antwoord op juridische vragen', 'algemeen-juridisch'],
      [
        'schadevergoeding-vonnis',
        'De rechter heeft de dader een schadevergoeding opgelegd, maar er is nog niet betaald',
        'schadevergoeding-na-vonnis',
      ],
    ]),
    outcome('bel-112', {
      title: 'Bel nu 112',
      urgent: true,
      advice:
        'Bij direct gevaar of als er iemand gewond is: bel 112 en vraag om politie of ambulance. Blijf bij de ' +
        'ander als dat veilig is. Als het gevaar voorbij is, kunt u deze tool opnieuw doen voor de hulp ' +
        'daarna.',
      organisations: [['alarmnummer-112', 'Voor politie, ambulance of brandweer als elke seconde telt.']],
    }),
    outcome('bel-113', {
      title: 'Neem gedachten aan zelfdoding serieus: bel 113',
      urgent: true,
      advice:
        'Vraag gerust of de ander aan zelfdoding denkt: erover praten maakt het risico niet groter. Laat de ' +
        'ander niet alleen als u zich acute zorgen maakt. 113 Zelfmoordpreventie is dag en nacht bereikbaar ' +
        'via 113 of gratis via 0800-0113, ook voor u als naaste. Is er direct levensgevaar, bel dan 112.',
      organisations: [
        ['113-zelfmoordpreventie', 'Anoniem praten over gedachten aan zelfdoding, ook als naaste die zich zorgen maakt.'],
        ['huisarts', 'Voor zorg dichtbij en een verwijzing naar de ggz; buiten kantoortijd de huisartsenpost.'],
        ['alarmnummer-112', 'Bij direct levensgevaar.'],
      ],
    }),
    outcome('helper-113', {
      title: 'Sombere gedachten bij uzelf: praat erover met 113',
      urgent: true,
      advice:
        'Iemand helpen na iets ergs kan zwaar zijn, en sombere gedachten horen daar soms bij. U hoeft daar ' +
        'niet alleen mee te blijven. Bel 113 of gratis 0800-0113, of chat via 113.nl: dag en nacht, anoniem. ' +
        'Praat er ook over met uw huisarts. Is er direct levensgevaar, bel dan 112.',
      organisations: [
        [
          '113-zelfmoordpreventie',
          'Anoniem praten over sombere gedachten of gedachten aan zelfdoding: 113, gratis 0800-0113 of de chat op 113.nl, dag en nacht.',
        ],
        ['huisarts', 'Voor zorg dichtbij en, als u dat wilt, een verwijzing naar psychische hulp.'],
        ['alarmnummer-112', 'Bij direct levensgevaar.'],
      ],
      links: [{ label: 'Tips voor zelfzorg', href: '/goed-voor-uzelf-zorgen/tips-voor-zelfzorg/' }],
    }),
    outcome('hulp-voor-helper', {
      title: 'Hulp voor uzelf als helper',
      advice:
        'Helpen is zwaar, en ook u mag steun vragen. Slachtofferhulp Nederland helpt ook naasten van ' +
        'slachtoffers. Praat erover met iemand die u vertrouwt, en doe de zelfscan tijdsbesteding om te zien ' +
        'of het helpen nog in balans is. Krijgt u zelf sombere gedachten of gedachten aan zelfdoding, bel dan ' +
        '113 of gratis 0800-0113, of chat via 113.nl.',
      organisations: [
        [SHN, 'Ook naasten van slachtoffers kunnen bij Slachtofferhulp Nederland terecht voor advies en een luisterend oor.'],
        ['mind-korrelatie', 'Anoniem praten over uw eigen zorgen, spanning of somberheid.'],
        ['huisarts', 'Als u zelf klachten krijgt, zoals slecht slapen of aanhoudende spanning.'],
        [
          '113-zelfmoordpreventie',
          'Als u zelf sombere gedachten krijgt of aan zelfdoding denkt: 113, gratis 0800-0113 of de chat op 113.nl, dag en nacht.',
        ],
      ],
      links: [
        { label: 'Tips voor zelfzorg', href: '/goed-voor-uzelf-zorgen/tips-voor-zelfzorg/' },
        { label: 'Grenzen aangeven', href: '/goed-voor-uzelf-zorgen/grenzen-aangeven/' },
      ],
    }),
    outcome('kind-huiselijk-geweld', {
      title: 'Een kind in onveiligheid thuis: Veilig Thuis',
      advice:
        'Als een kind thuis onveilig is, of u vermoedt dat, neem dan contact op met Veilig Thuis (0800-2000, ' +
        'dag en nacht). Ook met een vermoeden mag u bellen voor advies; u hoeft het niet zeker te weten. Gaat ' +
        'het om seksueel misbruik, bel dan ook het Centrum Seksueel Geweld (0800-0188). Het kind zelf kan ' +
        'anoniem praten met De Kindertelefoon.',
      delicts: ['geweld'],
      organisations: [
        ['veilig-thuis', 'Advies en meldpunt bij huiselijk geweld en kindermishandeling, ook bij een vermoeden; gratis via 0800-2000.'],
        ['de-kindertelefoon', 'Een kind of jongere kan hier anoniem en gratis zijn verhaal kwijt.'],
        ['politie', 'Voor aangifte of als het kind bescherming nodig heeft.'],
      ],
      links: [KIND_HELPEN],
    }),
    outcome('kind-seksueel-recent', {
      title: 'Seksueel misbruik van een kind in de afgelopen week: bel het Centrum Seksueel Geweld',
      urgent: true,
      advice:
        'Bel nu het Centrum Seksueel Geweld (0800-0188, gratis, dag en nacht), ook als u niet precies weet ' +
        'wanneer het gebeurde. Hoe eerder, hoe beter: de eerste 72 uur zijn cruciaal voor medische zorg, en ' +
        'sporen worden het liefst zo snel mogelijk veiliggesteld. Liefst niet wassen en kleding bewaren. ' +
        'Gebeurde het thuis of door een gezinslid, neem dan ook contact op met Veilig Thuis (0800-2000). Laat ' +
        'het kind vertellen zonder door te vragen naar details, en geloof het kind. Is het kind in direct ' +
        'gevaar, bel 112.',
      delicts: ['seksueel-misbruik'],
      organisations: [
        ['centrum-seksueel-geweld', 'Dag en nacht medische, forensische en psychische hulp na seksueel geweld, ook voor kinderen.'],
        ['veilig-thuis', 'Voor de veiligheid van het kind, zeker als het thuis of door een gezinslid gebeurde.'],
        ['politie', 'Voor een gesprek over aangifte; bij kinderen in een speciale verhoorstudio.'],
        ['centrum-veilige-sport-nederland', 'Als het bij de sportclub gebeurde: advies en een onafhankelijk meldpunt.'],
        ['de-kindertelefoon', 'Het kind kan hier anoniem praten.'],
      ],
      links: [KIND_HELPEN, CHECKLIST_SEKSUEEL],
    }),
    outcome('kind-seksueel-thuis', {
      title: 'Seksueel misbruik van een kind thuis: Veilig Thuis en het Centrum Seksueel Geweld',
      urgent: true,
      advice:
        'Een kind dat thuis seksueel wordt misbruikt, is daar niet veilig, ook als het de laatste keer langer ' +
        'geleden is. Neem nu contact op met Veilig Thuis (0800-2000, dag en nacht). Het Centrum Seksueel ' +
        'Geweld (0800-0188) helpt het kind ook als het langer dan een week geleden is. Laat het kind ' +
        'vertellen zonder door te vragen naar details, en geloof het kind. Is het kind in direct gevaar, bel ' +
        '112.',
      delicts: ['seksueel-misbruik'],
      organisations: [
        ['veilig-thuis', 'Advies en melding, zodat het kind thuis veilig wordt; gratis via 0800-2000.'],
        ['centrum-seksueel-geweld', 'Medische en psychische hulp voor het kind na seksueel geweld.'],
        ['de-kindertelefoon', 'Het kind kan hier anoniem praten.'],
        ['politie', 'Voor een gesprek over aangifte; bij kinderen in een speciale verhoorstudio.'],
      ],
      links: [KIND_HELPEN, CHECKLIST_SEKSUEEL],
    }),
    outcome('kind-seksueel-geweld', {
      title: 'Seksueel misbruik van een kind',
      urgent: true,
      advice:
        'Neem contact op met het Centrum Seksueel Geweld (0800-0188), ook als het langer dan een week geleden ' +
        'is: zij helpen het kind en u. Vraag Veilig Thuis (0800-2000) om advies over de veiligheid van het ' +
        'kind. Gebeurde het bij de sportclub, meld het dan ook bij het Centrum Veilige Sport Nederland. Laat ' +
        'het kind vertellen zonder door te vragen naar details, en geloof het kind.',
      delicts: ['seksueel-misbruik'],
      organisations: [
        ['centrum-seksueel-geweld', 'Dag en nacht hulp na seksueel geweld: medisch, forensisch en psychisch, ook voor kinderen.'],
        ['veilig-thuis', 'Voor advies over de veiligheid van het kind en wat u verder kunt doen.'],
        ['politie', 'Voor een gesprek over aangifte; bij kinderen in een speciale verhoorstudio.'],
        ['centrum-veilige-sport-nederland', 'Als het bij de sportclub gebeurde: advies en een onafhankelijk meldpunt.'],
        ['de-kindertelefoon', 'Het kind kan hier anoniem praten.'],
      ],
      links: [KIND_HELPEN, CHECKLIST_SEKSUEEL],
    }),
    outcome('kind-online', {
      title: 'Online misbruik van een kind of jongere',
      advice:
        'Maak geen kopie of screenshot van naaktbeelden van een minderjarige: ook dat is strafbaar. Noteer ' +
        'wel waar de beelden staan. Helpwanted helpt om beelden offline te laten halen en geeft advies. Bij ' +
        'afpersing: niet betalen en contact opnemen met de politie.',
      delicts: ['online-seksuele-intimidatie'],
      organisations: [
        ['helpwanted', 'Advies en hulp bij online seksueel misbruik, en bij het verwijderen van beelden.'],
        ['politie', 'Voor aangifte van sextortion of het verspreiden van beelden.'],
        ['de-kindertelefoon', 'De jongere kan hier anoniem zijn verhaal kwijt.'],
      ],
    }),
    outcome('kind-sport', {
      title: 'Grensoverschrijdend gedrag in de sport',
      advice:
        'Bespreek uw zorgen met de vertrouwenscontactpersoon van de club, als die er is. Het Centrum Veilige ' +
        'Sport Nederland behandelt meldingen onafhankelijk en geeft advies. Is er een strafbaar feit ' +
        'gepleegd, zoals mishandeling of seksueel misbruik, dan kunt u aangifte doen bij de politie. Vraag ' +
        'Veilig Thuis om advies over de veiligheid van het kind. Gaat het ook om seksueel misbruik, bel dan ' +
        'het Centrum Seksueel Geweld (0800-0188).',
      delicts: ['geweld', 'seksueel-misbruik', 'algemeen'],
      organisations: [
        ['centrum-veilige-sport-nederland', 'Advies en een onafhankelijk meldpunt voor grensoverschrijdend gedrag in de sport.'],
        ['politie', 'Voor aangifte van een strafbaar feit, zoals mishandeling of seksueel misbruik.'],
        ['veilig-thuis', 'Voor advies over de veiligheid van het kind.'],
        ['centrum-seksueel-geweld', 'Bij seksueel misbruik: medische en psychische hulp, dag en nacht.'],
        ['de-kindertelefoon', 'Het kind kan hier anoniem praten.'],
      ],
    }),
    outcome('kind-algemeen', {
      title: 'Een kind dat slachtoffer is geworden',
      advice:
        'Kinderen reageren op hun eigen manier op wat ze hebben meegemaakt. Slachtofferhulp Nederland helpt ' +
        'ook kinderen en hun ouders. Is het kind ernstig gewond of erg van slag, vraag dan de huisarts om ' +
        'advies.',
      delicts: ['geweld', 'overval-of-beroving', 'algemeen'],
      organisations: [
        [SHN, 'Steun voor het kind en de ouders, en hulp bij aangifte en schadevergoeding.'],
        ['de-kindertelefoon', 'Het kind kan hier anoniem praten.'],
      ],
      links: [KIND_HELPEN],
    }),
    outcome('huiselijk-geweld', {
      title: 'Geweld door een (ex-)partner of familielid: Veilig Thuis',
      advice:
        'Bij geweld, bedreiging of stalking door een partner, ex-partner of familielid is Veilig Thuis de ' +
        'plek voor advies en hulp, ook als de ander nog twijfelt. Bespreek samen een veiligheidsplan. Bij ' +
        'direct gevaar: bel 112.',
      delicts: ['geweld', 'stalking'],
      organisations: [
        ['veilig-thuis', 'Advies, hulp en meldpunt bij huiselijk geweld; gratis via 0800-2000, dag en nacht.'],
        [SHN, SHN_WHY],
        ['politie', 'Voor aangifte of als de ander bescherming nodig heeft.'],
      ],
    }),
    outcome('fraude', {
      title: 'Fraude of oplichting',
      advice:
        'Laat de ander direct de bank bellen als er geld is overgemaakt, en wachtwoorden wijzigen. Bewaar ' +
        'berichten en betaalbewijzen. Meld de fraude bij de Fraudehelpdesk en doe aangifte bij de politie.',
      delicts: ['fraude'],
      organisations: [
        ['fraudehelpdesk', 'Advies over wat u moet doen na fraude, en registratie van de melding.'],
        ['politie', 'Voor aangifte; die is vaak nodig voor de bank of verzekeraar.'],
        [SHN, 'Steun bij de gevolgen, zoals schaamte, geldzorgen en hulp bij schadevergoeding.'],
      ],
      links: [{ label: 'Checklist fraude', href: '/checklists/fraude/' }],
    }),
    outcome('geweld', {
      title: 'Geweld of mishandeling',
      advice:
        'Laat verwondingen bekijken door de huisarts en vraag hem of haar om ze vast te leggen; dat helpt bij ' +
        'aangifte en schadevergoeding. Slachtofferhulp Nederland helpt bij aangifte, het strafproces en ' +
        'schadevergoeding. Bij ernstig letsel kan het Schadefonds Geweldsmisdrijven een uitkering geven.',
      delicts: ['geweld'],
      organisations: [
        [SHN, SHN_WHY],
        ['politie', 'Voor aangifte.'],
        ['huisarts', 'Voor verzorging en vastlegging van letsel.'],
        ['schadefonds-geweldsmisdrijven', 'Een tegemoetkoming bij ernstig letsel door een geweldsmisdrijf.'],
      ],
      links: [{ label: 'Checklist geweld', href: '/checklists/geweld/' }],
    }),
    outcome('nabestaande-zelfdoding', {
      title: 'Nabestaande na zelfdoding',
      advice:
        'Rouw na zelfdoding is vaak extra zwaar, met vragen naar het waarom en soms schuldgevoel. Er is hulp ' +
        'speciaal voor nabestaanden. Let ook op signalen van somberheid bij de ander: nabestaanden lopen zelf ' +
        'meer risico.',
      delicts: ['nabestaande-na-zelfdoding'],
      organisations: [
        ['113-zelfmoordpreventie', 'Steun en lotgenotencontact voor nabestaanden na zelfdoding.'],
        [SHN, 'Praktische en emotionele steun voor nabestaanden.'],
        ['huisarts', 'Als de rouw vastloopt of de ander somber blijft.'],
      ],
      links: [{ label: 'Checklist nabestaande na zelfdoding', href: '/checklists/nabestaande-na-zelfdoding/' }],
    }),
    outcome('online-seksuele-intimidatie', {
      title: 'Online seksuele intimidatie of sextortion',
      advice:
        'Niet ingaan op eisen en niet betalen. Bewaar bewijs (berichten, profielnamen, links) maar verspreid ' +
        'de beelden niet verder. Helpwanted helpt om beelden offline te laten halen. Doe aangifte bij de ' +
        'politie.',
      delicts: ['online-seksuele-intimidatie'],
      organisations: [
        ['helpwanted', 'Advies en hulp om beelden te laten verwijderen.'],
        ['politie', 'Voor aangifte van afpersing of verspreiding van beelden.'],
        [SHN, SHN_WHY],
      ],
      links: [{ label: 'Checklist online seksuele intimidatie', href: '/checklists/online-seksuele-intimidatie/' }],
    }),
    outcome('overval-of-beroving', {
      title: 'Overval of beroving',
      advice:
        'Een overval of beroving kan nog lang nawerken, ook zonder letsel. Help bij de aangifte en bij het ' +
        'blokkeren van passen en telefoon. Slachtofferhulp Nederland helpt met de emotionele gevolgen en met ' +
        'schadevergoeding.',
      delicts: ['overval-of-beroving'],
      organisations: [
        ['politie', 'Voor aangifte.'],
        [SHN, SHN_WHY],
        ['schadefonds-geweldsmisdrijven', 'Een tegemoetkoming als er geweld is gebruikt en er ernstig letsel is.'],
      ],
      links: [{ label: 'Checklist overval of beroving', href: '/checklists/overval-of-beroving/' }],
    }),
    outcome('seksueel-geweld-recent', {
      title: 'Seksueel geweld in de afgelopen week: bel het Centrum Seksueel Geweld',
      urgent: true,
      advice:
        'Bel zo snel mogelijk het Centrum Seksueel Geweld (0800-0188, gratis, dag en nacht), ook als de dader ' +
        'een partner, ex-partner of familielid is, en ook als u niet precies weet wanneer het gebeurde. De ' +
        'eerste 72 uur zijn cruciaal: de morning-afterpil en medicijnen tegen hiv (PEP) werken alleen binnen ' +
        'ongeveer 72 uur, een koperspiraal tot 5 dagen. Sporen worden het liefst zo snel mogelijk ' +
        'veiliggesteld, bij voorkeur binnen een week. Liefst niet douchen of kleding wassen. De ander hoeft ' +
        'nog niet te beslissen over aangifte.',
      delicts: ['seksueel-misbruik'],
      organisations: [
        ['centrum-seksueel-geweld', 'Medische, forensische en psychische hulp na seksueel geweld, dag en nacht.'],
        ['politie', 'Als de ander aangifte wil doen; een informatief gesprek kan eerst.'],
        ['veilig-thuis', 'Als de dader een partner, ex-partner of familielid is: advies over veiligheid thuis; gratis via 0800-2000.'],
      ],
      links: [CHECKLIST_SEKSUEEL],
    }),
    outcome('seksueel-geweld-langer-geleden', {
      title: 'Seksueel geweld langer geleden',
      advice:
        'Ook als het langer geleden is, is er hulp. Laat de ander zelf bepalen wat hij of zij wil vertellen ' +
        'en wanneer. Het Centrum Seksueel Geweld is ook dan te bellen. Slachtofferhulp Nederland begeleidt ' +
        'bij de verwerking en, als de ander dat wil, bij een melding of aangifte. Is de dader een partner, ' +
        'ex-partner of familielid, of gaat het nog door, neem dan contact op met Veilig Thuis.',
      delicts: ['seksueel-misbruik'],
      organisations: [
        ['centrum-seksueel-geweld', 'Ook voor advies en hulp als het langer geleden is.'],
        [SHN, SHN_WHY],
        ['veilig-thuis', 'Als de dader een partner, ex-partner of familielid is, of als het nog doorgaat.'],
        ['huisarts', 'Voor een verwijzing naar passende psychische hulp.'],
      ],
      links: [CHECKLIST_SEKSUEEL],
    }),
    outcome('stalking', {
      title: 'Stalking',
      advice:
        'Houd samen een logboek bij van alles wat er gebeurt, met data en bewijs. Reageer niet op de stalker. ' +
        'Doe aangifte bij de politie. Het Juridisch Loket geeft gratis advies over juridische stappen, zoals ' +
        'een contact- of straatverbod; voor zo’n verbod via de rechter is een advocaat nodig.',
      delicts: ['stalking'],
      organisations: [
        ['politie', 'Voor aangifte en bescherming.'],
        [SHN, SHN_WHY],
        ['juridisch-loket', 'Gratis advies over juridische stappen, zoals een contact- of straatverbod.'],
      ],
      links: [{ label: 'Checklist stalking', href: '/checklists/stalking/' }],
    }),
    outcome('verkeersongeval', {
      title: 'Een verkeersongeval',
      advice:
        'Na een verkeersongeval komt er veel op iemand af: letsel, schade, verzekeraars. Slachtofferhulp ' +
        'Nederland helpt met het verhalen van schade en met de emotionele gevolgen. Laat letsel altijd door ' +
        'een arts bekijken.',
      delicts: ['verkeersongeval'],
      organisations: [
        [SHN, 'Hulp bij schadeverhaal, het strafproces en de emotionele gevolgen van een verkeersongeval.'],
        ['juridisch-loket', 'Gratis juridisch advies, bijvoorbeeld over aansprakelijkheid.'],
        ['huisarts', 'Voor controle van letsel en klachten die later opkomen.'],
      ],
      links: [{ label: 'Checklist verkeersongeval', href: '/checklists/verkeersongeval/' }],
    }),
    outcome('woninginbraak', {
      title: 'Een woninginbraak',
      advice:
        'Is de inbraak net gebeurd, of zijn de inbrekers misschien nog in de buurt? Bel dan 112. Help daarna ' +
        'bij de aangifte (nodig voor de verzekering) en bij het herstellen van sloten. Een inbraak kan het ' +
        'gevoel van veiligheid thuis aantasten; dat is een normale reactie. Slachtofferhulp Nederland helpt ' +
        'als dat gevoel blijft.',
      delicts: ['woninginbraak'],
      organisations: [
        ['politie', 'Voor aangifte; de verzekeraar vraagt daarom.'],
        [SHN, SHN_WHY],
        ['alarmnummer-112', 'Als de inbraak net gebeurd is of de inbrekers misschien nog in de buurt zijn.'],
      ],
      links: [{ label: 'Checklist woninginbraak', href: '/checklists/woninginbraak/' }],
    }),
    outcome('algemeen-steun', {
      title: 'Steun en praktische hulp',
      advice:
        'Slachtofferhulp Nederland helpt bij elk misdrijf, verkeersongeval of andere ingrijpende gebeurtenis: ' +
        'met een luisterend oor, praktische zaken, aangifte, het strafproces en schadevergoeding. De hulp is ' +
        'gratis.',
      delicts: ['algemeen'],
      organisations: [[SHN, SHN_WHY]],
      links: [{ label: 'Checklist algemeen', href: '/checklists/algemeen/' }],
    }),
    outcome('algemeen-juridisch', {
      title: 'Juridische vragen',
      advice:
        'Het Juridisch Loket geeft gratis juridisch advies en kan doorverwijzen naar een advocaat. ' +
        'Slachtofferhulp Nederland helpt met vragen over aangifte, het strafproces en uw rechten als ' +
        'slachtoffer.',
      delicts: ['algemeen'],
      organisations: [
        ['juridisch-loket', 'Gratis juridisch advies.'],
        [SHN, 'Uitleg over slachtofferrechten en hulp in het strafproces.'],
      ],
    }),
    outcome('schadevergoeding-na-vonnis', {
      title: 'Schadevergoeding na een uitspraak van de rechter',
      advice:
        'Heeft de rechter een schadevergoedingsmaatregel opgelegd, dan int het CJIB het geld bij de dader. ' +
        'Betaalt de dader niet op tijd, dan kan het CJIB het bedrag in veel gevallen voorschieten.',
      delicts: ['algemeen'],
      organisations: [
        ['cjib-slachtofferinformatie', 'Informatie over de inning en het voorschot van een schadevergoedingsmaatregel.'],
        [SHN, 'Hulp bij vragen over schadevergoeding.'],
      ],
    }),
  ],
}

export const doorverwijstoolHelpers: SeedTool = {
  title: 'Doorverwijstool: naar wie kan de ander?',
  slug: 'doorverwijstool',
  site: 'helpers',
  kind: 'decision-tree',
  summary: 'Beantwoord een paar vragen en zie welke organisatie de ander, of uzelf, het beste kan helpen.',
  intro:
    'Soms is het niet duidelijk waar iemand met zijn of haar verhaal naartoe kan. Beantwoord een paar ' +
    'korte vragen over wat er is gebeurd. U ziet daarna welke organisaties kunnen helpen, waarom, en hoe ' +
    'u ze bereikt. Uw antwoorden blijven op uw eigen apparaat.',
  definition: doorverwijstoolHelpersDefinition,
}
