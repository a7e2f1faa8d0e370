/**
 * Doorverwijstool for helpers: to whom can the person you help (or you yourself) turn?
 * Safety first (112, 113), then who needs help, then children, then what happened.
 */
import type { DecisionTreeDefinition } from '@vsp/content-models'
import type { SeedTool } from '../types'
import { DELICT_OPTIONS, outcome, question } from './tree-builders'

const SHN = 'slachtofferhulp-nederland'
const SHN_WHY = 'Gratis praktische, juridische en emotionele steun voor slachtoffers, ook als er geen aangifte is gedaan.'

export const doorverwijstoolHelpersDefinition: DecisionTreeDefinition = {
  kind: 'decision-tree',
  start: 'direct-gevaar',
  nodes: [
    question('direct-gevaar', 'Is er nu direct gevaar, of is er zojuist iets ernstigs gebeurd?', [
      ['ja', 'Ja', 'bel-112'],
      ['nee', 'Nee', 'zelfdoding'],
    ], 'Bijvoorbeeld: de dader is nog in de buurt, iemand is gewond, of iemand wordt bedreigd.'),
    question('zelfdoding', 'Praat de ander over niet meer willen leven, of maakt u zich daar zorgen over?', [
      ['ja', 'Ja', 'bel-113'],
      ['nee', 'Nee', 'voor-wie'],
    ]),
    question('voor-wie', 'Voor wie zoekt u hulp?', [
      ['slachtoffer', 'Voor degene die slachtoffer is geworden', 'minderjarig'],
      ['mijzelf', 'Voor mijzelf, als helper', 'hulp-voor-helper'],
    ]),
    question('minderjarig', 'Is het slachtoffer jonger dan 18 jaar?', [
      ['ja', 'Ja', 'kind-thuis'],
      ['nee', 'Nee, 18 jaar of ouder', 'huiselijk'],
    ]),
    question('kind-thuis', 'Gebeurt het thuis, of is de dader een ouder, verzorger of ander gezinslid?', [
      ['ja', 'Ja', 'kind-huiselijk-geweld'],
      ['nee', 'Nee', 'kind-wat'],
      ['weet-niet', 'Dat weet ik niet', 'kind-huiselijk-geweld'],
    ]),
    question('kind-wat', 'Wat is er met het kind gebeurd?', [
      ['seksueel', 'Seksueel misbruik of verkrachting', 'kind-seksueel-geweld'],
      ['online', 'Iets online, zoals sexting, een naaktfoto die rondgaat of afpersing', 'kind-online'],
      ['sport', 'Grensoverschrijdend gedrag bij de sportclub', 'kind-sport'],
      ['anders', 'Iets anders, zoals geweld, beroving of bedreiging', 'kind-algemeen'],
    ]),
    question('huiselijk', 'Is de dader een partner, ex-partner, familielid of huisgenoot?', [
      ['ja', 'Ja', 'huiselijk-geweld'],
      ['nee', 'Nee', 'wat-gebeurd'],
    ]),
    question('wat-gebeurd', 'Wat is er gebeurd?', [
      ...DELICT_OPTIONS,
      ['anders', 'Iets anders', 'hulpvraag'],
    ]),
    question('seksueel-wanneer', 'Wanneer is het gebeurd?', [
      ['recent', 'In de afgelopen zeven dagen', 'seksueel-geweld-recent'],
      ['langer', 'Langer dan een week geleden', 'seksueel-geweld-langer-geleden'],
    ]),
    question('hulpvraag', 'Waar heeft de ander nu het meest behoefte aan?', [
      ['steun', 'Steun en praktische hulp bij wat er gebeurd is', 'algemeen-steun'],
      ['juridisch', 'Antwoord op juridische vragen', 'algemeen-juridisch'],
      ['schadevergoeding-vonnis', 'De rechter heeft de dader een schadevergoeding opgelegd, maar er is nog niet betaald', 'schadevergoeding-na-vonnis'],
    ]),
    outcome('bel-112', {
      title: 'Bel nu 112',
      urgent: true,
      advice: 'Bij direct gevaar of als er iemand gewond is: bel 112 en vraag om politie of ambulance. Blijf bij de ander als dat veilig is. Als het gevaar voorbij is, kunt u deze tool opnieuw doen voor de hulp daarna.',
      organisations: [['alarmnummer-112', 'Voor politie, ambulance of brandweer als elke seconde telt.']],
    }),
    outcome('bel-113', {
      title: 'Neem gedachten aan zelfdoding serieus: bel 113',
      urgent: true,
      advice: 'Vraag gerust of de ander aan zelfdoding denkt: erover praten maakt het risico niet groter. Laat de ander niet alleen als u zich acute zorgen maakt. 113 Zelfmoordpreventie is dag en nacht bereikbaar via 113 of gratis via 0800-0113, ook voor u als naaste. Is er direct levensgevaar, bel dan 112.',
      organisations: [
        ['113-zelfmoordpreventie', 'Anoniem praten over gedachten aan zelfdoding, ook als naaste die zich zorgen maakt.'],
        ['huisarts', 'Voor zorg dichtbij en een verwijzing naar de ggz; buiten kantoortijd de huisartsenpost.'],
        ['alarmnummer-112', 'Bij direct levensgevaar.'],
      ],
    }),
    outcome('hulp-voor-helper', {
      title: 'Hulp voor uzelf als helper',
      advice: 'Helpen is zwaar, en ook u mag steun vragen. Slachtofferhulp Nederland helpt ook naasten van slachtoffers. Praat erover met iemand die u vertrouwt, en doe de zelfscan tijdsbesteding om te zien of het helpen nog in balans is.',
      organisations: [
        [SHN, 'Ook naasten van slachtoffers kunnen bij Slachtofferhulp Nederland terecht voor advies en een luisterend oor.'],
        ['mind-korrelatie', 'Anoniem praten over uw eigen zorgen, spanning of somberheid.'],
        ['huisarts', 'Als u zelf klachten krijgt, zoals slecht slapen of aanhoudende spanning.'],
      ],
      links: [
        { label: 'Tips voor zelfzorg', href: '/goed-voor-uzelf-zorgen/tips-voor-zelfzorg/' },
        { label: 'Grenzen aangeven', href: '/goed-voor-uzelf-zorgen/grenzen-aangeven/' },
      ],
    }),
    outcome('kind-huiselijk-geweld', {
      title: 'Een kind in onveiligheid thuis: Veilig Thuis',
      advice: 'Als een kind thuis onveilig is, of u vermoedt dat, neem dan contact op met Veilig Thuis. Ook met een vermoeden mag u bellen voor advies; u hoeft het niet zeker te weten. Het kind zelf kan anoniem praten met De Kindertelefoon.',
      delicts: ['geweld', 'seksueel-misbruik'],
      organisations: [
        ['veilig-thuis', 'Advies en meldpunt bij huiselijk geweld en kindermishandeling, ook bij een vermoeden; gratis via 0800-2000.'],
        ['de-kindertelefoon', 'Een kind of jongere kan hier anoniem en gratis zijn verhaal kwijt.'],
      ],
      links: [{ label: 'Een kind helpen', href: '/iemand-ondersteunen/een-kind-helpen/' }],
    }),
    outcome('kind-seksueel-geweld', {
      title: 'Seksueel misbruik van een kind',
      advice: 'Is het misbruik minder dan een week geleden gebeurd? Bel dan direct het Centrum Seksueel Geweld (0800-0188): medische zorg en sporenonderzoek zijn dan nog mogelijk. Laat het kind vertellen zonder door te vragen over details, en geloof het kind.',
      delicts: ['seksueel-misbruik'],
      organisations: [
        ['centrum-seksueel-geweld', 'Dag en nacht hulp na seksueel geweld: medisch, forensisch en psychisch, ook voor kinderen.'],
        ['veilig-thuis', 'Voor advies over de veiligheid van het kind en wat u verder kunt doen.'],
        ['de-kindertelefoon', 'Het kind kan hier anoniem praten.'],
      ],
      links: [{ label: 'Een kind helpen', href: '/iemand-ondersteunen/een-kind-helpen/' }],
    }),
    outcome('kind-online', {
      title: 'Online misbruik van een kind of jongere',
      advice: 'Maak geen kopie of screenshot van naaktbeelden van een minderjarige: ook dat is strafbaar. Noteer wel waar de beelden staan. Helpwanted helpt om beelden offline te laten halen en geeft advies. Bij afpersing: niet betalen en contact opnemen met de politie.',
      delicts: ['online-seksuele-intimidatie'],
      organisations: [
        ['helpwanted', 'Advies en hulp bij online seksueel misbruik, en bij het verwijderen van beelden.'],
        ['politie', 'Voor aangifte van sextortion of het verspreiden van beelden.'],
        ['de-kindertelefoon', 'De jongere kan hier anoniem zijn verhaal kwijt.'],
      ],
    }),
    outcome('kind-sport', {
      title: 'Grensoverschrijdend gedrag in de sport',
      advice: 'Bespreek uw zorgen met de vertrouwenscontactpersoon van de club, als die er is. U kunt ook terecht bij het Centrum Veilige Sport Nederland, dat meldingen onafhankelijk behandelt en advies geeft.',
      delicts: ['geweld', 'seksueel-misbruik', 'algemeen'],
      organisations: [
        ['centrum-veilige-sport-nederland', 'Advies en een onafhankelijk meldpunt voor grensoverschrijdend gedrag in de sport.'],
        ['de-kindertelefoon', 'Het kind kan hier anoniem praten.'],
      ],
    }),
    outcome('kind-algemeen', {
      title: 'Een kind dat slachtoffer is geworden',
      advice: 'Kinderen reageren op hun eigen manier op wat ze hebben meegemaakt. Slachtofferhulp Nederland helpt ook kinderen en hun ouders. Is het kind ernstig gewond of erg van slag, vraag dan de huisarts om advies.',
      delicts: ['geweld', 'overval-of-beroving', 'algemeen'],
      organisations: [
        [SHN, 'Steun voor het kind en de ouders, en hulp bij aangifte en schadevergoeding.'],
        ['de-kindertelefoon', 'Het kind kan hier anoniem praten.'],
      ],
      links: [{ label: 'Een kind helpen', href: '/iemand-ondersteunen/een-kind-helpen/' }],
    }),
    outcome('huiselijk-geweld', {
      title: 'Geweld door een (ex-)partner of familielid: Veilig Thuis',
      advice: 'Bij geweld, bedreiging of stalking door een partner, ex-partner of familielid is Veilig Thuis de plek voor advies en hulp, ook als de ander nog twijfelt. Bespreek samen een veiligheidsplan. Bij direct gevaar: bel 112.',
      delicts: ['geweld', 'stalking'],
      organisations: [
        ['veilig-thuis', 'Advies, hulp en meldpunt bij huiselijk geweld; gratis via 0800-2000, dag en nacht.'],
        [SHN, SHN_WHY],
        ['politie', 'Voor aangifte of als de ander bescherming nodig heeft.'],
      ],
    }),
    outcome('fraude', {
      title: 'Fraude of oplichting',
      advice: 'Laat de ander direct de bank bellen als er geld is overgemaakt, en wachtwoorden wijzigen. Bewaar berichten en betaalbewijzen. Meld de fraude bij de Fraudehelpdesk en doe aangifte bij de politie.',
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
      advice: 'Laat verwondingen bekijken door de huisarts en vraag hem of haar om ze vast te leggen; dat helpt bij aangifte en schadevergoeding. Slachtofferhulp Nederland helpt bij aangifte, het strafproces en schadevergoeding. Bij ernstig letsel kan het Schadefonds Geweldsmisdrijven een uitkering geven.',
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
      advice: 'Rouw na zelfdoding is vaak extra zwaar, met vragen naar het waarom en soms schuldgevoel. Er is hulp speciaal voor nabestaanden. Let ook op signalen van somberheid bij de ander: nabestaanden lopen zelf meer risico.',
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
      advice: 'Niet ingaan op eisen en niet betalen. Bewaar bewijs (berichten, profielnamen, links) maar verspreid de beelden niet verder. Helpwanted helpt om beelden offline te laten halen. Doe aangifte bij de politie.',
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
      advice: 'Een overval of beroving kan nog lang nawerken, ook zonder letsel. Help bij de aangifte en bij het blokkeren van passen en telefoon. Slachtofferhulp Nederland helpt met de emotionele gevolgen en met schadevergoeding.',
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
      advice: 'Bel zo snel mogelijk het Centrum Seksueel Geweld (0800-0188), dag en nacht. Binnen zeven dagen zijn medische zorg, een behandeling tegen zwangerschap en soa en sporenonderzoek nog mogelijk. Liefst niet douchen of kleding wassen. De ander hoeft nog niet te beslissen over aangifte.',
      delicts: ['seksueel-misbruik'],
      organisations: [
        ['centrum-seksueel-geweld', 'Medische, forensische en psychische hulp na seksueel geweld, dag en nacht.'],
        ['politie', 'Als de ander aangifte wil doen; een informatief gesprek kan eerst.'],
      ],
      links: [{ label: 'Checklist seksueel misbruik', href: '/checklists/seksueel-misbruik/' }],
    }),
    outcome('seksueel-geweld-langer-geleden', {
      title: 'Seksueel geweld langer geleden',
      advice: 'Ook als het langer geleden is, is er hulp. Laat de ander zelf bepalen wat hij of zij wil vertellen en wanneer. Slachtofferhulp Nederland begeleidt bij de verwerking en, als de ander dat wil, bij een melding of aangifte.',
      delicts: ['seksueel-misbruik'],
      organisations: [
        [SHN, SHN_WHY],
        ['centrum-seksueel-geweld', 'Ook voor advies en hulp als het langer geleden is.'],
        ['huisarts', 'Voor een verwijzing naar passende psychische hulp.'],
      ],
      links: [{ label: 'Checklist seksueel misbruik', href: '/checklists/seksueel-misbruik/' }],
    }),
    outcome('stalking', {
      title: 'Stalking',
      advice: 'Houd samen een logboek bij van alles wat er gebeurt, met data en bewijs. Reageer niet op de stalker. Doe aangifte; de politie kan ook een contactverbod helpen regelen. Het Juridisch Loket legt uit welke juridische stappen er zijn.',
      delicts: ['stalking'],
      organisations: [
        ['politie', 'Voor aangifte en bescherming.'],
        [SHN, SHN_WHY],
        ['juridisch-loket', 'Gratis uitleg over bijvoorbeeld een contact- of straatverbod.'],
      ],
      links: [{ label: 'Checklist stalking', href: '/checklists/stalking/' }],
    }),
    outcome('verkeersongeval', {
      title: 'Een verkeersongeval',
      advice: 'Na een verkeersongeval komt er veel op iemand af: letsel, schade, verzekeraars. Slachtofferhulp Nederland helpt met het verhalen van schade en met de emotionele gevolgen. Laat letsel altijd door een arts bekijken.',
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
      advice: 'Help bij de aangifte (nodig voor de verzekering) en bij het herstellen van sloten. Een inbraak kan het gevoel van veiligheid thuis aantasten; dat is een normale reactie. Slachtofferhulp Nederland helpt als dat gevoel blijft.',
      delicts: ['woninginbraak'],
      organisations: [
        ['politie', 'Voor aangifte; de verzekeraar vraagt daarom.'],
        [SHN, SHN_WHY],
      ],
      links: [{ label: 'Checklist woninginbraak', href: '/checklists/woninginbraak/' }],
    }),
    outcome('algemeen-steun', {
      title: 'Steun en praktische hulp',
      advice: 'Slachtofferhulp Nederland helpt bij elk misdrijf, verkeersongeval of andere ingrijpende gebeurtenis: met een luisterend oor, praktische zaken, aangifte, het strafproces en schadevergoeding. De hulp is gratis.',
      delicts: ['algemeen'],
      organisations: [[SHN, SHN_WHY]],
      links: [{ label: 'Checklist algemeen', href: '/checklists/algemeen/' }],
    }),
    outcome('algemeen-juridisch', {
      title: 'Juridische vragen',
      advice: 'Het Juridisch Loket geeft gratis juridisch advies en kan doorverwijzen naar een advocaat. Slachtofferhulp Nederland helpt met vragen over aangifte, het strafproces en uw rechten als slachtoffer.',
      delicts: ['algemeen'],
      organisations: [
        ['juridisch-loket', 'Gratis juridisch advies.'],
        [SHN, 'Uitleg over slachtofferrechten en hulp in het strafproces.'],
      ],
    }),
    outcome('schadevergoeding-na-vonnis', {
      title: 'Schadevergoeding na een uitspraak van de rechter',
      advice: 'Heeft de rechter een schadevergoedingsmaatregel opgelegd, dan int het CJIB het geld bij de dader. Betaalt de dader niet op tijd, dan kan het CJIB het bedrag in veel gevallen voorschieten.',
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
    'Soms is het niet duidelijk waar iemand met zijn of haar verhaal naartoe kan. Beantwoord een paar korte vragen over wat er is gebeurd. U ziet daarna welke organisaties kunnen helpen, waarom, en hoe u ze bereikt. Uw antwoorden blijven op uw eigen apparaat.',
  definition: doorverwijstoolHelpersDefinition,
}
