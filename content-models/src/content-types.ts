import type { z } from 'zod'
import {
  checklist,
  course,
  courseModule,
  helperTip,
  landingPage,
  media,
  organisation,
  stappenplan,
  theme,
  tool,
  video,
} from './models/content'
import { user } from './models/settings'
import { serviceEvent } from './models/events'
import { newsletterErasure, newsletterSubscription, newsletterToken } from './models/newsletter'

interface ContentType {
  schema: z.ZodType
  /** Each document says which site it belongs to (`site`); a site is built from its own and 'both'. */
  perSite: boolean
  /** Published documents are exported to the snapshot the sites are built from. */
  inSnapshot: boolean
}

/**
 * Every collection, in the order the admin lists them: the one table the CMS's collection list,
 * the snapshot schema and export, and the sites' per-site filter derive from. A new content type is
 * a row here, its model and its CMS collection; `content-types.test.ts` and
 * `cms/test/content-models.test.ts` fail when one of them is missing. Slugs are a public contract
 * (REST paths, snapshot keys). Per-site content has drafts, versions and scheduled publishing.
 */
export const CONTENT_TYPES = {
  checklists: { schema: checklist, perSite: true, inSnapshot: true },
  themes: { schema: theme, perSite: true, inSnapshot: true },
  stappenplannen: { schema: stappenplan, perSite: true, inSnapshot: true },
  videos: { schema: video, perSite: true, inSnapshot: true },
  courses: { schema: course, perSite: true, inSnapshot: true },
  'course-modules': { schema: courseModule, perSite: true, inSnapshot: true },
  organisations: { schema: organisation, perSite: true, inSnapshot: true },
  tools: { schema: tool, perSite: true, inSnapshot: true },
  'landing-pages': { schema: landingPage, perSite: true, inSnapshot: true },
  'helper-tips': { schema: helperTip, perSite: true, inSnapshot: true },
  media: { schema: media, perSite: false, inSnapshot: true },
  users: { schema: user, perSite: false, inSnapshot: false },
  'service-events': { schema: serviceEvent, perSite: false, inSnapshot: false },
  'newsletter-subscriptions': { schema: newsletterSubscription, perSite: false, inSnapshot: false },
  'newsletter-tokens': { schema: newsletterToken, perSite: false, inSnapshot: false },
  'newsletter-erasures': { schema: newsletterErasure, perSite: false, inSnapshot: false },
} as const satisfies Record<string, ContentType>

type Table = typeof CONTENT_TYPES
export type CollectionSlug = keyof Table
type SlugsWhere<P> = { [K in CollectionSlug]: Table[K] extends P ? K : never }[CollectionSlug]
/** Collections whose published documents the sites are built from. */
export type SnapshotCollection = SlugsWhere<{ inSnapshot: true }>
/** Snapshot collections whose documents belong to one site or both. */
export type PerSiteCollection = SlugsWhere<{ perSite: true; inSnapshot: true }>

/** Every collection slug, in the table's order. */
export const COLLECTIONS = Object.keys(CONTENT_TYPES) as CollectionSlug[]
export const SNAPSHOT_COLLECTIONS = COLLECTIONS.filter((slug): slug is SnapshotCollection => CONTENT_TYPES[slug].inSnapshot)
export const PER_SITE_COLLECTIONS = SNAPSHOT_COLLECTIONS.filter((slug): slug is PerSiteCollection => CONTENT_TYPES[slug].perSite)

/** Every model by its collection slug. */
export const collectionSchemas = Object.fromEntries(COLLECTIONS.map((slug) => [slug, CONTENT_TYPES[slug].schema])) as {
  [K in CollectionSlug]: Table[K]['schema']
}

/** Collections whose documents carry a review record (`review`): computed, never listed by hand. */
export const REVIEWED_COLLECTIONS = COLLECTIONS.filter((slug) => 'review' in (CONTENT_TYPES[slug].schema as z.ZodObject).shape)
export type ReviewedCollection = (typeof REVIEWED_COLLECTIONS)[number]
