import type { CollectionSlug } from '@vsp/content-models'

/** A Dutch noun with its article: "het stappenplan", "de checklist". */
export interface DutchNoun {
  singular: string
  plural: string
  article: 'de' | 'het'
}

/** Slugs of the CMS's own collections (cms/src/collections/index.ts: internalCollections). */
type InternalSlug = 'rebuild-requests' | 'rebuild-leases' | 'stat-days' | 'rate-limits'

/**
 * Every collection's name in the admin, once: its labels and, from its article, the heading of a
 * new document ("Nieuw stappenplan", "Nieuwe checklist": the adjective agrees with the noun,
 * which Payload's one `creatingNewLabel` template for all collections cannot do).
 */
export const COLLECTION_NOUNS = {
  checklists: { singular: 'Checklist', plural: 'Checklists', article: 'de' },
  themes: { singular: 'Themapagina', plural: "Thema's", article: 'de' },
  stappenplannen: { singular: 'Stappenplan', plural: 'Stappenplannen', article: 'het' },
  videos: { singular: 'Video', plural: "Video's", article: 'de' },
  courses: { singular: 'Cursus', plural: 'Cursussen', article: 'de' },
  'course-modules': { singular: 'Cursusmodule', plural: 'Cursusmodules', article: 'de' },
  organisations: { singular: 'Organisatie', plural: 'Organisaties', article: 'de' },
  tools: { singular: 'Tool', plural: 'Tools', article: 'de' },
  'landing-pages': { singular: 'Landingspagina', plural: "Landingspagina's", article: 'de' },
  'helper-tips': { singular: 'Tip van een helper', plural: 'Tips van helpers', article: 'de' },
  media: { singular: 'Afbeelding', plural: 'Media', article: 'de' },
  users: { singular: 'Gebruiker', plural: 'Gebruikers', article: 'de' },
  'service-events': { singular: 'Dienstgebeurtenis', plural: 'Dienstgebeurtenissen', article: 'de' },
  'newsletter-subscriptions': { singular: 'Nieuwsbriefaanmelding', plural: 'Nieuwsbriefaanmeldingen', article: 'de' },
  'newsletter-tokens': { singular: 'Nieuwsbrieftoken', plural: 'Nieuwsbrieftokens', article: 'het' },
  'newsletter-erasures': { singular: 'Gewist adres', plural: 'Gewiste adressen', article: 'het' },
  'rebuild-requests': { singular: 'Bijwerkverzoek', plural: 'Bijwerkverzoeken', article: 'het' },
  'rebuild-leases': { singular: 'Bouwslot', plural: 'Bouwsloten', article: 'het' },
  'stat-days': { singular: 'Dagtotaal', plural: 'Dagtotalen', article: 'het' },
  'rate-limits': { singular: 'Limiet', plural: 'Limieten', article: 'de' },
} as const satisfies Record<CollectionSlug | InternalSlug, DutchNoun>

export type NamedCollection = keyof typeof COLLECTION_NOUNS

/** "Nieuw stappenplan", "Nieuwe checklist": nieuw before a het-word, nieuwe before a de-word, the noun in lower case. */
export function newDocumentHeading(noun: DutchNoun): string {
  return `${noun.article === 'het' ? 'Nieuw' : 'Nieuwe'} ${noun.singular.charAt(0).toLowerCase()}${noun.singular.slice(1)}`
}

/** A collection's `labels`, from the list. */
export function collectionLabels(slug: NamedCollection): { singular: string; plural: string } {
  const { singular, plural } = COLLECTION_NOUNS[slug]
  return { singular, plural }
}
