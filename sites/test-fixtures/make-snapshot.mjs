// Writes snapshot.json: a small but valid content snapshot for the site tests.
// Run: node sites/test-fixtures/make-snapshot.mjs  (Lexical JSON is written by hand here so the
// fixture does not depend on the rich-text package.)
import { writeFileSync } from 'node:fs'

const text = (t) => ({ type: 'text', text: t, format: 0, detail: 0, mode: 'normal', style: '', version: 1 })
const block = { format: '', indent: 0, version: 1, direction: 'ltr' }
const p = (t) => ({ type: 'paragraph', ...block, textFormat: 0, children: [text(t)] })
const h = (tag, t) => ({ type: 'heading', tag, ...block, children: [text(t)] })
const list = (items) => ({
  type: 'list',
  listType: 'bullet',
  tag: 'ul',
  start: 1,
  ...block,
  children: items.map((t, i) => ({ type: 'listitem', value: i + 1, ...block, children: [text(t)] })),
})
const link = (label, url) => ({
  type: 'paragraph',
  ...block,
  textFormat: 0,
  children: [text('Meer weten? '), { type: 'link', ...block, fields: { url, newTab: false, linkType: 'custom' }, children: [text(label)] }],
})
const rich = (...children) => ({ root: { type: 'root', ...block, children } })
const stamp = { createdAt: '2025-01-15T10:00:00.000Z', updatedAt: '2025-02-01T10:00:00.000Z', _status: 'published' }
// Review records as the snapshot carries them (owners, sources and notes are staff-only).
const checked = (lastChecked, status = 'verified') => ({ review: { status, lastChecked, reviewIntervalMonths: 12, sources: [] } })

const themes = [
  ['reageren-op-wat-iemand-doormaakt', 'Reageren op wat iemand doormaakt', 'iemand-ondersteunen', 'helpers', ['woninginbraak', 'fraude']],
  ['ondersteunen-bij-aangifte', 'Ondersteunen bij aangifte', 'iemand-ondersteunen', 'helpers', ['woninginbraak']],
  ['tips-voor-zelfzorg', 'Tips voor zelfzorg', 'goed-voor-uzelf-zorgen', 'helpers', null],
  ['ervaringsverhalen', 'Ervaringsverhalen van helpers', 'hoe-doen-anderen-het', 'helpers', null],
  ['een-op-een-begeleiding', '1-op-1 begeleiding', 'begeleiding-en-cursus', 'helpers', null],
  ['ik-heb-vermoedens', 'Ik heb vermoedens', 'situatie', 'professionals', null],
  ['incident-op-school', 'Incident op school', 'situatie', 'professionals', null],
  ['onderwijs', 'Onderwijs', 'sector', 'professionals', null],
  ['signalenwijzer', 'Signalenwijzer', 'praktische-ondersteuning', 'professionals', ['geweld']],
  ['doorverwijstool', 'Doorverwijzen naar passende hulp', 'doorverwijzen', 'professionals', null],
].map(([slug, title, section, site, delicts], i) => ({
  id: i + 1,
  ...stamp,
  slug,
  title,
  section,
  site,
  delicts,
  order: i,
  // The sign-up block under a theme's text (the professionals' Nieuwsbrief page has one in the seed).
  ...(slug === 'signalenwijzer'
    ? {
        blocks: [
          {
            id: 'th-nb',
            blockType: 'newsletter',
            heading: 'Blijf op de hoogte',
            text: 'Zes keer per jaar de nieuwsbrief voor professionals.',
          },
        ],
      }
    : {}),
  summary: `${title}: wat u kunt doen en waar u op let.`,
  body: rich(
    h('h2', 'Wat speelt er'),
    p(
      `Na een woninginbraak of een ander misdrijf is het voor een slachtoffer vaak moeilijk. Over ${title.toLowerCase()} leest u hier meer.`,
    ),
    h('h2', 'Wat u kunt doen'),
    list(['Luister zonder oordeel.', 'Vraag wat de ander nodig heeft.', 'Wijs op Slachtofferhulp Nederland.']),
    h('h2', 'Hulp'),
    link('Slachtofferhulp Nederland', 'https://www.slachtofferhulp.nl/'),
  ),
}))

const snapshot = {
  generatedAt: '2025-02-01T10:00:00.000Z',
  checklists: [
    {
      id: 1,
      ...stamp,
      ...checked('2026-12-01T00:00:00.000Z'),
      slug: 'woninginbraak',
      title: 'Checklist bij woninginbraak',
      site: 'helpers',
      delict: 'woninginbraak',
      summary: 'Wat u kunt doen als bij iemand in uw omgeving is ingebroken.',
      intro: rich(p('Een inbraak voelt als een inbreuk op het veiligste plekje. Met deze punten helpt u concreet.')),
      items: [
        {
          id: 'wi-1',
          text: 'Bied aan om de eerste nacht te blijven slapen.',
          detail: 'Veel mensen slapen slecht na een inbraak.',
          theme: 1,
        },
        { id: 'wi-2', text: 'Help bij het doen van aangifte.', detail: null, theme: 2 },
        { id: 'wi-3', text: 'Vraag hoe het gaat, ook na een paar weken.', theme: 1 },
        { id: 'wi-4', text: 'Zorg ook goed voor uzelf.', theme: 3 },
      ],
    },
    {
      id: 2,
      ...stamp,
      slug: 'fraude',
      title: 'Checklist bij fraude',
      site: 'helpers',
      delict: 'fraude',
      summary: 'Wat u kunt doen als iemand is opgelicht.',
      items: [
        { id: 'fr-1', text: 'Help de bank direct te bellen.', theme: 2 },
        { id: 'fr-2', text: 'Stel gerust: schaamte is normaal, de schuld ligt bij de dader.', theme: 1 },
      ],
    },
  ],
  themes,
  stappenplannen: [
    {
      id: 1,
      ...stamp,
      ...checked('2026-03-09T00:00:00.000Z', 'partly'),
      slug: 'nazorg-bij-suicide-op-school',
      title: 'Nazorg bij suïcide op school',
      site: 'professionals',
      summary: 'Een stappenplan voor scholen na de suïcide van een leerling of collega.',
      situation: 'Een leerling of medewerker is overleden door suïcide.',
      sectors: ['onderwijs'],
      intro: rich(p('Dit stappenplan helpt het schoolteam om zorgvuldig te handelen.')),
      phases: [
        {
          id: 'f1',
          phase: 'preventief',
          intro: 'Voordat er iets gebeurt.',
          steps: [{ id: 's1', title: 'Maak een protocol', action: 'Leg vast wie wat doet bij een calamiteit.', who: 'Schoolleiding' }],
        },
        {
          id: 'f2',
          phase: 'acute-fase',
          intro: null,
          steps: [
            { id: 's2', title: 'Informeer het team', action: 'Breng het team bijeen en deel wat bekend is.', who: 'Directeur' },
            { id: 's3', title: 'Vang leerlingen op', action: 'Richt een stille ruimte in met begeleiding.', who: 'Zorgcoördinator' },
          ],
        },
        {
          id: 'f3',
          phase: 'nafase',
          steps: [{ id: 's4', title: 'Blijf signaleren', action: 'Let de komende maanden op leerlingen die vastlopen.', who: 'Mentoren' }],
        },
      ],
    },
  ],
  videos: [
    {
      id: 1,
      ...stamp,
      slug: 'ervaringsverhaal-buurvrouw',
      title: 'Ervaringsverhaal: de buurvrouw die bleef',
      site: 'both',
      kind: 'ervaringsverhaal',
      summary: 'Een buurvrouw vertelt hoe zij hielp na een woninginbraak.',
      hostingUrl: 'https://vimeo.com/123456789',
      poster: 1,
      durationSeconds: 200,
      captionsUrl: 'https://cdn.example.org/captions/buurvrouw.vtt',
      transcript:
        'Toen bij mijn buurvrouw was ingebroken, wist ik eerst niet wat ik moest zeggen.\n\nIk ben gewoon gaan zitten en heb geluisterd.',
    },
  ],
  courses: [
    {
      id: 1,
      ...stamp,
      slug: 'online-cursus',
      title: 'Online cursus voor helpers',
      site: 'both',
      level: 'basis',
      summary: 'Leer in korte lessen hoe u iemand goed steunt.',
      intro: rich(p('Werk in uw eigen tempo.')),
    },
  ],
  'course-modules': [
    {
      id: 1,
      ...stamp,
      slug: 'in-8-stappen-beter-helpen',
      title: 'In 8 stappen beter helpen',
      site: 'both',
      course: 1,
      order: 1,
      level: 'basis',
      durationMinutes: 45,
      summary: 'De basis van goed helpen.',
      lessons: [
        { id: 'l1', title: 'Wat doormaakt een slachtoffer?', body: rich(p('Een misdrijf raakt iemand vaak dieper dan je ziet.')) },
        { id: 'l2', title: 'Luisteren zonder oordeel', body: rich(p('Luisteren is de belangrijkste steun.')) },
        { id: 'l3', title: 'Passende hulp regelen', body: rich(p('Soms is meer hulp nodig dan u kunt geven.')) },
      ],
    },
    {
      id: 2,
      ...stamp,
      slug: 'communiceren-met-een-slachtoffer',
      title: 'Communiceren met een slachtoffer',
      site: 'both',
      course: 1,
      order: 2,
      level: 'verdiepend',
      durationMinutes: 45,
      lessons: [
        { id: 'c1', title: 'De juiste woorden', body: rich(p('Er zijn geen perfecte woorden, wel goede vragen.')) },
        { id: 'c2', title: 'Stil zijn mag', body: rich(p('Stilte geeft ruimte.')) },
      ],
    },
  ],
  organisations: [
    {
      id: 1,
      ...stamp,
      ...checked('2026-11-30T23:00:00.000Z', 'partly'),
      slug: 'slachtofferhulp-nederland',
      title: 'Slachtofferhulp Nederland',
      site: 'both',
      helpsWith: 'Gratis hulp voor slachtoffers en hun naasten.',
      contacts: [
        { id: 'o1', kind: 'phone', label: '0900-0101', value: '0900-0101', hours: 'Ma-vr 8-20 uur' },
        { id: 'o2', kind: 'website', label: 'slachtofferhulp.nl', value: 'https://www.slachtofferhulp.nl/' },
      ],
    },
    {
      id: 2,
      ...stamp,
      ...checked('2026-10-01T00:00:00.000Z', 'unverified'),
      slug: 'fonds-slachtofferhulp',
      title: 'Fonds Slachtofferhulp',
      site: 'both',
      helpsWith: 'Steunt projecten voor slachtoffers.',
      contacts: [{ id: 'o3', kind: 'email', label: 'info@fondsslachtofferhulp.nl', value: 'info@fondsslachtofferhulp.nl' }],
    },
  ],
  tools: [
    {
      id: 1,
      ...stamp,
      slug: 'zelfscan-tijdsbesteding',
      title: 'Zelfscan tijdsbesteding',
      site: 'helpers',
      kind: 'scored',
      intro: 'Hoeveel tijd besteedt u aan helpen?',
      definition: { questions: [] },
    },
  ],
  'landing-pages': [
    {
      id: 1,
      ...stamp,
      ...checked('2026-12-01T00:00:00.000Z'),
      slug: 'iemand-steunen',
      title: 'Iemand steunen na een misdrijf',
      site: 'helpers',
      channel: 'social',
      seoTitle: 'Zo steunt u iemand na een misdrijf',
      seoDescription: 'Wat u kunt doen als iemand in uw omgeving slachtoffer werd: checklists, een video en de zelfscan.',
      blocks: [
        {
          id: 'lp1-hero',
          blockType: 'hero',
          heading: 'Iemand in uw omgeving is slachtoffer geworden',
          text: 'U wilt helpen, maar hoe? Hier vindt u wat u kunt doen.',
          image: 1,
        },
        {
          id: 'lp1-text',
          blockType: 'text',
          body: rich(h('h2', 'Wat u kunt doen'), p('Luisteren helpt al. Vraag wat de ander nodig heeft.')),
        },
        { id: 'lp1-video', blockType: 'video', video: 1 },
        {
          id: 'lp1-quote',
          blockType: 'testimonial',
          quote: 'Ik kookte elke week een keer samen met mijn vriendin. Dat gaf rust.',
          who: 'Annet, vriendin',
          image: null,
        },
        {
          id: 'lp1-cta',
          blockType: 'cta',
          text: 'Wat er ook gebeurde: er is een checklist voor.',
          label: 'Bekijk de checklists',
          href: '/checklists/',
        },
        { id: 'lp1-tool', blockType: 'toolTeaser', tool: 1, heading: null, text: null },
        { id: 'lp1-news', blockType: 'newsletter', heading: 'Tips in uw mailbox', text: 'Meld u aan voor de nieuwsbrief voor helpers.' },
        {
          id: 'lp1-related',
          blockType: 'related',
          heading: 'Lees verder',
          items: [
            { relationTo: 'checklists', value: 1 },
            { relationTo: 'themes', value: 1 },
            { relationTo: 'stappenplannen', value: 1 },
            { relationTo: 'videos', value: 1 },
          ],
        },
      ],
    },
    {
      id: 2,
      ...stamp,
      slug: 'nieuwsbrief-professionals',
      title: 'De nieuwsbrief voor professionals',
      site: 'professionals',
      channel: 'e-mail',
      summary: 'Zes keer per jaar nieuws over slachtofferhulp voor uw werk.',
      blocks: [
        { id: 'lp2-news', blockType: 'newsletter', heading: 'Meld u aan', text: 'Zes keer per jaar, kort en praktisch.' },
        {
          id: 'lp2-related',
          blockType: 'related',
          heading: null,
          items: [
            { relationTo: 'stappenplannen', value: 1 },
            { relationTo: 'themes', value: 9 },
            { relationTo: 'checklists', value: 1 },
          ],
        },
        { id: 'lp2-cta', blockType: 'cta', label: 'Bel de advieslijn', href: '/advieslijn/' },
        { id: 'lp2-unsafe', blockType: 'cta', label: 'Niet veilig', href: 'javascript:alert(1)' },
      ],
    },
  ],
  'helper-tips': [
    {
      id: 1,
      ...stamp,
      slug: 'tip-samen-koken',
      title: 'Samen koken',
      site: 'helpers',
      body: 'Ik kookte elke week een keer samen met mijn vriendin. Dat gaf rust.',
      signature: 'Annet, vriendin',
    },
    {
      id: 2,
      ...stamp,
      slug: 'tip-niet-invullen',
      title: 'Niet invullen voor de ander',
      site: 'helpers',
      body: 'Vraag wat iemand wil, in plaats van het zelf te bedenken.',
      signature: null,
    },
  ],
  media: [
    {
      id: 1,
      createdAt: stamp.createdAt,
      alt: 'Twee buurvrouwen aan de keukentafel',
      filename: 'poster-buurvrouw.png',
      mimeType: 'image/png',
      url: '/api/media/file/poster-buurvrouw.png',
      width: 1280,
      height: 720,
      filesize: 5000,
      sizes: {
        thumbnail: {
          url: '/api/media/file/poster-buurvrouw-400x225.png',
          width: 400,
          height: 225,
          filename: 'poster-buurvrouw-400x225.png',
          mimeType: 'image/png',
        },
        card: {
          url: '/api/media/file/poster-buurvrouw-768x432.png',
          width: 768,
          height: 432,
          filename: 'poster-buurvrouw-768x432.png',
          mimeType: 'image/png',
        },
      },
    },
  ],
  siteSettings: {
    helpers: {
      navigation: [
        { label: 'Check wat u kunt doen', href: '/checklists/' },
        { label: 'Iemand ondersteunen', href: '/iemand-ondersteunen/' },
        { label: 'Goed voor uzelf zorgen', href: '/goed-voor-uzelf-zorgen/' },
        { label: 'Hoe doen anderen het?', href: '/hoe-doen-anderen-het/' },
        { label: 'Begeleiding en cursus', href: '/begeleiding-en-cursus/' },
        { label: 'Zoeken', href: '/zoeken/' },
      ],
      footer: [
        { label: 'Privacy', href: '/privacy/' },
        { label: 'Toegankelijkheid', href: '/toegankelijkheid/' },
        { label: 'Veilig browsen', href: '/veilig-browsen/' },
        { label: 'Contact', href: '/contact/' },
      ],
    },
    professionals: {
      navigation: [
        { label: 'Stappenplannen', href: '/stappenplannen/' },
        { label: 'Trainingen', href: '/trainingen/' },
        { label: 'Advieslijn', href: '/advieslijn/' },
        { label: 'Zoeken', href: '/zoeken/' },
      ],
      footer: [
        { label: 'Privacy', href: '/privacy/' },
        { label: 'Toegankelijkheid', href: '/toegankelijkheid/' },
        { label: 'Contact', href: '/contact/' },
      ],
    },
    serviceLine: { phone: '0900 0101', chatUrl: 'https://chat.example.org/', hours: 'Maandag tot en met vrijdag van 8.00 tot 20.00 uur' },
    advieslijn: { phone: '088 7463 000', email: 'advies@example.org', hours: 'Werkdagen van 9.00 tot 17.00 uur' },
    quickExitUrl: 'https://www.google.nl/',
    searchSynonyms: [{ id: 'syn1', term: 'inbraak', synonyms: 'woninginbraak, ingebroken' }],
  },
}

writeFileSync(new URL('./snapshot.json', import.meta.url), `${JSON.stringify(snapshot, null, 2)}\n`)
