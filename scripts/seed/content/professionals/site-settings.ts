import type { SeedSiteSettings } from '../types'

/** Navigation, contact lines and search synonyms for both sites. */
export const siteSettings: SeedSiteSettings = {
  helpers: {
    navigation: [
      { label: 'Check wat u kunt doen', href: '/checklists/' },
      { label: 'Iemand ondersteunen', href: '/iemand-ondersteunen/' },
      { label: 'Goed voor uzelf zorgen', href: '/goed-voor-uzelf-zorgen/' },
      { label: 'Hoe doen anderen het?', href: '/hoe-doen-anderen-het/' },
      { label: 'Online cursus', href: '/cursus/' },
      { label: 'Contact', href: '/contact/' },
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
      { label: 'Wat is de situatie?', href: '/situaties/' },
      { label: 'Stappenplannen', href: '/stappenplannen/' },
      { label: 'Signalenwijzer', href: '/signalenwijzer/' },
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
  serviceLine: {
    phone: '0900-0101',
    chatUrl: 'https://www.slachtofferhulp.nl/chat/',
    hours: 'Maandag t/m vrijdag 8.00–20.00 uur, zaterdag 10.00–17.00 uur',
  },
  advieslijn: {
    phone: '0900-0101',
    // No verified public e-mail address for the advieslijn; professionals use the contact form.
    email: null,
    hours: 'Maandag t/m vrijdag 8.00–20.00 uur; bij calamiteiten ook daarbuiten',
  },
  quickExitUrl: 'https://www.weeronline.nl/',
  searchSynonyms: [
    { term: 'straatroof', synonyms: 'beroving,overval' },
    { term: 'sexting', synonyms: 'online seksuele intimidatie' },
    { term: 'sextortion', synonyms: 'online seksuele intimidatie,afpersing' },
    { term: 'inbraak', synonyms: 'woninginbraak' },
    { term: 'ingebroken', synonyms: 'inbraak,woninginbraak' },
    { term: 'beroofd', synonyms: 'beroving,overval' },
    { term: 'aanrijding', synonyms: 'verkeersongeval' },
    { term: 'verkeersongeluk', synonyms: 'verkeersongeval' },
    { term: 'oplichting', synonyms: 'fraude' },
    { term: 'phishing', synonyms: 'fraude' },
    { term: 'zelfmoord', synonyms: 'zelfdoding,suïcide' },
    { term: 'mishandeling', synonyms: 'geweld' },
    { term: 'huiselijk geweld', synonyms: 'geweld,mishandeling' },
    { term: 'aangifte doen', synonyms: 'aangifte' },
    { term: 'smartengeld', synonyms: 'schadevergoeding' },
    { term: 'achtervolgen', synonyms: 'stalking' },
    { term: 'belaging', synonyms: 'stalking' },
    { term: 'verkrachting', synonyms: 'seksueel misbruik,seksueel geweld' },
    { term: 'aanranding', synonyms: 'seksueel misbruik,seksueel geweld' },
    { term: 'grensoverschrijdend gedrag', synonyms: 'seksuele intimidatie,ongewenst gedrag' },
    // Issue 9: the words visitors type for what the pages call otherwise.
    { term: 'ongeluk', synonyms: 'ongeval' },
    { term: 'auto ongeluk', synonyms: 'verkeersongeval' },
    { term: 'rechtszaak', synonyms: 'strafproces,strafzaak' },
    { term: 'gestalkt', synonyms: 'stalking' },
    // What happened, as a participle (the pages name the act: mishandeling, aanranding …).
    { term: 'stalken', synonyms: 'stalking' },
    { term: 'mishandeld', synonyms: 'mishandeling,geweld' },
    { term: 'bedreigd', synonyms: 'bedreiging' },
    { term: 'aangerand', synonyms: 'aanranding,seksueel misbruik' },
    { term: 'misbruikt', synonyms: 'misbruik' },
    { term: 'opgelicht', synonyms: 'oplichting,fraude' },
    { term: 'aangereden', synonyms: 'aanrijding,verkeersongeval' },
  ],
}
