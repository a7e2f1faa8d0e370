import { z } from 'zod'
import { ref, richText } from '../common'

/**
 * The blocks a marketer composes a landing page from (and the sign-up block that other pages may
 * carry too). Relationships are ids as the snapshot stores them (depth 0); the sites resolve them
 * against their own content and leave out what is not published on the site.
 */
const blockFields = { id: z.string().nullish(), blockName: z.string().nullish() }

/** Collections a "Lees verder" block may point to: the kinds of page both sites build. */
export const RELATED_COLLECTIONS = ['checklists', 'themes', 'stappenplannen', 'videos', 'tools', 'course-modules'] as const
export type RelatedCollection = (typeof RELATED_COLLECTIONS)[number]

/**
 * A polymorphic relationship as Payload stores it: `{ relationTo, value }`, value an id or the
 * populated document. Wrapped in a union so the field tree sees one field (as the CMS does).
 */
export const relatedRef = z.union([z.object({ relationTo: z.enum(RELATED_COLLECTIONS), value: ref })])
export type RelatedRef = z.infer<typeof relatedRef>

export const newsletterBlock = z.object({
  blockType: z.literal('newsletter'),
  ...blockFields,
  heading: z.string().min(1),
  text: z.string().nullish(),
})
export type NewsletterBlock = z.infer<typeof newsletterBlock>

export const landingBlock = z.discriminatedUnion('blockType', [
  z.object({ blockType: z.literal('hero'), ...blockFields, heading: z.string().min(1), text: z.string().nullish(), image: ref.nullish() }),
  z.object({ blockType: z.literal('text'), ...blockFields, body: richText }),
  z.object({ blockType: z.literal('video'), ...blockFields, video: ref }),
  z.object({ blockType: z.literal('testimonial'), ...blockFields, quote: z.string().min(1), who: z.string().min(1), image: ref.nullish() }),
  z.object({ blockType: z.literal('cta'), ...blockFields, label: z.string().min(1), href: z.string().min(1), text: z.string().nullish() }),
  newsletterBlock,
  z.object({ blockType: z.literal('toolTeaser'), ...blockFields, tool: ref, heading: z.string().nullish(), text: z.string().nullish() }),
  z.object({ blockType: z.literal('related'), ...blockFields, heading: z.string().nullish(), items: z.array(relatedRef).min(1) }),
])
export type LandingBlock = z.infer<typeof landingBlock>
export type LandingBlockType = LandingBlock['blockType']

/** Blocks other pages (themes) may place under their text: the sign-up form. */
export const pageBlock = z.discriminatedUnion('blockType', [newsletterBlock])
export type PageBlock = z.infer<typeof pageBlock>
