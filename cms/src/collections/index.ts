import type { CollectionConfig } from 'payload'
import type { CollectionSlug } from '@vsp/content-models'
import { Checklists } from './Checklists'
import { CourseModules } from './CourseModules'
import { Courses } from './Courses'
import { HelperTips } from './HelperTips'
import { LandingPages } from './LandingPages'
import { Media } from './Media'
import { Organisations } from './Organisations'
import { RateLimits } from './RateLimits'
import { RebuildLeases } from './RebuildLeases'
import { RebuildRequests } from './RebuildRequests'
import { Stappenplannen } from './Stappenplannen'
import { Themes } from './Themes'
import { Tools } from './Tools'
import { Users } from './Users'
import { ServiceEvents } from './ServiceEvents'
import { StatDays } from './StatDays'
import { NewsletterErasures } from './newsletter/NewsletterErasures'
import { NewsletterSubscriptions } from './newsletter/NewsletterSubscriptions'
import { NewsletterTokens } from './newsletter/NewsletterTokens'
import { Videos } from './Videos'

/** One config per row of the content-types table: a missing or extra one fails to compile. */
export const collectionsBySlug = {
  checklists: Checklists,
  themes: Themes,
  stappenplannen: Stappenplannen,
  videos: Videos,
  courses: Courses,
  'course-modules': CourseModules,
  organisations: Organisations,
  tools: Tools,
  'landing-pages': LandingPages,
  'helper-tips': HelperTips,
  media: Media,
  users: Users,
  'service-events': ServiceEvents,
  'newsletter-subscriptions': NewsletterSubscriptions,
  'newsletter-tokens': NewsletterTokens,
  'newsletter-erasures': NewsletterErasures,
} satisfies Record<CollectionSlug, CollectionConfig>

/** The CMS's own bookkeeping, not content: hidden from the admin, closed to REST. */
export const internalCollections: CollectionConfig[] = [RebuildRequests, RebuildLeases, StatDays, RateLimits]

/** In the table's order, which is the order the admin lists them (cms/test/collections.test.ts). */
export const collections: CollectionConfig[] = [...Object.values(collectionsBySlug), ...internalCollections]
