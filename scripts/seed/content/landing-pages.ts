/**
 * The demo landing pages, one per site, at /lp/<slug>/. They point only at seeded content
 * (checklists, videos, tools, themes, a published tip) and state no fact the rest of the seed
 * does not: the professionals' newsletter appears six times a year (whitepaper), its topics are
 * those of the Nieuwsbrief page. Both address the visitor with "u".
 */
import type { SeedLandingPage } from './types'

const helpersCampaign: SeedLandingPage = {
  title: 'Iemand steunen na een misdrijf',
  slug: 'iemand-steunen',
  site: 'helpers',
  channel: 'campagne',
  summary: 'Iemand in uw omgeving is slachtoffer geworden? Zo kunt u helpen: per misdrijf een checklist, korte video’s en een zelfscan.',
  seoTitle: 'Iemand steunen na een misdrijf: zo doet u dat',
  seoDescription:
    'Wat u kunt doen als iemand in uw omgeving slachtoffer werd van een misdrijf: checklists, ervaringsverhalen en tips van andere helpers.',
  blocks: [
    {
      blockType: 'hero',
      heading: 'Iemand in uw omgeving is slachtoffer geworden',
      text: 'U wilt helpen, maar hoe? Hier vindt u wat u kunt doen, en wat andere helpers deden.',
      image: { alt: 'Illustratie: twee cirkels die elkaar overlappen, als twee mensen die samen optrekken', colour: '#8a3b12' },
    },
    {
      blockType: 'text',
      body: `## Helpen begint klein

U hoeft geen deskundige te zijn om iemand te steunen. Vaak helpt het al als u:

- **luistert zonder oordeel**, ook als het verhaal vaker terugkomt;
- **vraagt wat de ander nodig heeft**, in plaats van het zelf in te vullen;
- **iets concreets aanbiedt**: mee naar een afspraak, een maaltijd, een telefoontje overnemen;
- **ook goed voor uzelf zorgt**, want helpen kost energie.`,
    },
    { blockType: 'video', video: 'buurman-na-woninginbraak' },
    {
      blockType: 'testimonial',
      quote:
        'Ik besloot gewoon elke ochtend een appje te sturen: "Goedemorgen, ik ben er." Ze hoefde niet te antwoorden. ' +
        'Later vertelde ze dat dat berichtje haar door veel dagen heen heeft gesleept.',
      who: 'Zus van een slachtoffer van stalking',
    },
    {
      blockType: 'cta',
      text: 'Per misdrijf een checklist met wat u concreet kunt doen.',
      label: 'Bekijk de checklists',
      href: '/checklists/',
    },
    { blockType: 'toolTeaser', tool: 'zelfscan-tijdsbesteding' },
    { blockType: 'newsletter', heading: 'Tips voor helpers in uw mailbox', text: 'Meld u aan voor de nieuwsbrief voor helpers.' },
    {
      blockType: 'related',
      heading: 'Lees verder',
      items: [
        { relationTo: 'themes', slug: 'reageren-op-wat-iemand-doormaakt' },
        { relationTo: 'themes', slug: 'tips-voor-zelfzorg' },
        { relationTo: 'checklists', slug: 'woninginbraak' },
        { relationTo: 'course-modules', slug: 'in-8-stappen-beter-helpen' },
      ],
    },
  ],
}

const professionalsNewsletter: SeedLandingPage = {
  title: 'De nieuwsbrief voor professionals',
  slug: 'nieuwsbrief-professionals',
  site: 'professionals',
  channel: 'campagne',
  summary:
    'Zes keer per jaar nieuws over slachtofferrechten, stappenplannen, trainingen en onderzoek, kort en in de taal van professionals.',
  seoTitle: 'Nieuwsbrief voor professionals: zes keer per jaar',
  seoDescription:
    'Meld u aan voor de nieuwsbrief van het Platform voor Professionals: zes keer per jaar, kort en praktisch, voor uw werk met slachtoffers.',
  blocks: [
    {
      blockType: 'hero',
      heading: 'Blijf op de hoogte, zes keer per jaar',
      text:
        'Komt u in uw werk een slachtoffer tegen, dan wilt u weten wat u kunt doen. De nieuwsbrief houdt u op de hoogte, ' +
        'zonder uw inbox te overspoelen.',
    },
    {
      blockType: 'text',
      body: `## Wat u ontvangt

- **Nieuws over slachtofferrechten en wetgeving**: wat verandert er, en wat betekent dat voor uw werk?
- **Nieuwe en vernieuwde stappenplannen en tools**, zoals de quickscan grensoverschrijdend gedrag.
- **Trainingen en bijeenkomsten**: nieuwe online modules, data van webinars en congressen.
- **Onderzoek in het kort**: de belangrijkste uitkomsten van nieuw onderzoek, met een link naar de bron.
- **Praktijkvoorbeelden** van collega's uit onderwijs, zorg, hulpverlening, sociaal domein, HR en sport.`,
    },
    {
      blockType: 'newsletter',
      heading: 'Meld u aan',
      text: 'Zes keer per jaar in uw mailbox. U ontvangt eerst een e-mail met een link om uw aanmelding te bevestigen.',
    },
    { blockType: 'toolTeaser', tool: 'quickscan-grensoverschrijdend-gedrag' },
    {
      blockType: 'related',
      heading: 'Alvast lezen',
      items: [
        { relationTo: 'stappenplannen', slug: 'nazorg-bij-suicide-op-school' },
        { relationTo: 'stappenplannen', slug: 'incident-op-de-werkvloer' },
        { relationTo: 'themes', slug: 'signalenwijzer' },
        { relationTo: 'themes', slug: 'gesprekstips' },
      ],
    },
    {
      blockType: 'cta',
      text: 'Heeft u nu een vraag over een cliënt, leerling of medewerker? Wacht niet op de nieuwsbrief.',
      label: 'Bel de advieslijn',
      href: '/advieslijn/',
    },
  ],
}

export const landingPages: SeedLandingPage[] = [helpersCampaign, professionalsNewsletter]
