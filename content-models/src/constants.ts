/**
 * The domain's fixed vocabularies. Values are stable identifiers (used in URLs, the database
 * and events); labels are the Dutch text editors and visitors see.
 */

/** Who runs both sites: under the wordmark on the sites, on the admin's login page and header. */
export const ORGANISATION_NAME = 'Slachtofferhulp Nederland'

/** The sites that are built. */
export const SITE_NAMES = ['helpers', 'professionals'] as const
export type SiteName = (typeof SITE_NAMES)[number]
/** A document's `site`: one of the sites, or 'both' for a document that belongs on each. */
export const SITES = [...SITE_NAMES, 'both'] as const
export type Site = (typeof SITES)[number]
export const SITE_LABELS: Record<Site, string> = {
  helpers: 'Voor de Helpers',
  professionals: 'Platform voor Professionals',
  both: 'Beide sites',
}

export const DELICTS = [
  'fraude',
  'geweld',
  'nabestaande-na-zelfdoding',
  'online-seksuele-intimidatie',
  'overval-of-beroving',
  'seksueel-misbruik',
  'stalking',
  'verkeersongeval',
  'woninginbraak',
  'algemeen',
] as const
export type Delict = (typeof DELICTS)[number]
export const DELICT_LABELS: Record<Delict, string> = {
  fraude: 'Fraude',
  geweld: 'Geweld',
  'nabestaande-na-zelfdoding': 'Nabestaande na zelfdoding',
  'online-seksuele-intimidatie': 'Online seksuele intimidatie',
  'overval-of-beroving': 'Overval of beroving',
  'seksueel-misbruik': 'Seksueel misbruik',
  stalking: 'Stalking',
  verkeersongeval: 'Verkeersongeval',
  woninginbraak: 'Woninginbraak',
  algemeen: 'Algemeen',
}

/** Sections of the theme pages: the four helper pillars and the professionals' sections. */
export const THEME_SECTIONS = [
  'iemand-ondersteunen',
  'goed-voor-uzelf-zorgen',
  'hoe-doen-anderen-het',
  'begeleiding-en-cursus',
  'situatie',
  'sector',
  'praktische-ondersteuning',
  'doorverwijzen',
  'trainingen',
  'kennis-en-onderzoek',
] as const
export type ThemeSection = (typeof THEME_SECTIONS)[number]
export const THEME_SECTION_LABELS: Record<ThemeSection, string> = {
  'iemand-ondersteunen': 'Iemand ondersteunen',
  'goed-voor-uzelf-zorgen': 'Goed voor uzelf zorgen',
  'hoe-doen-anderen-het': 'Hoe doen anderen het?',
  'begeleiding-en-cursus': '1-op-1 begeleiding en online cursus',
  situatie: 'Wat is de situatie?',
  sector: 'Uw sector',
  'praktische-ondersteuning': 'Praktische ondersteuning',
  doorverwijzen: 'Doorverwijzen',
  trainingen: 'Trainingen',
  'kennis-en-onderzoek': 'Kennis en onderzoek',
}
export const HELPER_PILLARS = THEME_SECTIONS.slice(0, 4) as readonly ThemeSection[]

export const SECTORS = ['onderwijs', 'zorg', 'hulpverlening', 'sociaal-domein', 'hr', 'sport'] as const
export type Sector = (typeof SECTORS)[number]
export const SECTOR_LABELS: Record<Sector, string> = {
  onderwijs: 'Onderwijs',
  zorg: 'Zorg',
  hulpverlening: 'Hulpverlening',
  'sociaal-domein': 'Sociaal domein',
  hr: 'HR',
  sport: 'Sport',
}

export const PHASES = ['preventief', 'acute-fase', 'nafase'] as const
export type Phase = (typeof PHASES)[number]
export const PHASE_LABELS: Record<Phase, string> = {
  preventief: 'Preventief',
  'acute-fase': 'Acute fase',
  nafase: 'Nafase',
}

export const VIDEO_KINDS = ['ervaringsverhaal', 'voorbeeldscenario', 'uitleg', 'animatie'] as const
export type VideoKind = (typeof VIDEO_KINDS)[number]
export const VIDEO_KIND_LABELS: Record<VideoKind, string> = {
  ervaringsverhaal: 'Ervaringsverhaal',
  voorbeeldscenario: 'Voorbeeldscenario',
  uitleg: 'Uitleg',
  animatie: 'Animatie',
}

export const COURSE_LEVELS = ['basis', 'verdiepend'] as const
export type CourseLevel = (typeof COURSE_LEVELS)[number]

export const CONTACT_KINDS = ['phone', 'chat', 'website', 'email', 'whatsapp'] as const
export type ContactKind = (typeof CONTACT_KINDS)[number]
export const CONTACT_KIND_LABELS: Record<ContactKind, string> = {
  phone: 'Telefoon',
  chat: 'Chat',
  website: 'Website',
  email: 'E-mail',
  whatsapp: 'WhatsApp',
}

export const CHANNELS = ['campagne', 'organisch-zoeken', 'direct', 'social', 'referral', 'e-mail', 'betaald-zoeken'] as const
export type Channel = (typeof CHANNELS)[number]
/** As the whitepaper's channel table names them. */
export const CHANNEL_LABELS: Record<Channel, string> = {
  campagne: 'Campagne',
  'organisch-zoeken': 'Organisch zoeken',
  direct: 'Direct',
  social: 'Social',
  referral: 'Referral',
  'e-mail': 'E-mail',
  'betaald-zoeken': 'Betaald zoeken',
}

export const ROLES = ['admin', 'editor', 'marketer'] as const
export type Role = (typeof ROLES)[number]
export const ROLE_LABELS: Record<Role, string> = {
  admin: 'Beheerder',
  editor: 'Redacteur',
  marketer: 'Marketeer',
}

export const SITE_SETTINGS = 'site-settings'
