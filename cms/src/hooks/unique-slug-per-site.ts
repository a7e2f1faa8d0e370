import type { TextFieldSingleValidation, Where } from 'payload'
import { slug as slugSchema } from '@vsp/content-models'

/**
 * Slugs are URLs, so they must be unique per site; a document for "both" sites clashes with
 * either. Runs as the slug field's validation so the editor sees the message on the field.
 */
export const uniqueSlugPerSite =
  (collection: string): TextFieldSingleValidation =>
  async (value, { req, id, data }) => {
    if (!value) return 'Vul een slug in: het laatste deel van het webadres, bijvoorbeeld "woninginbraak".'
    if (!slugSchema.safeParse(value).success) return `Slug "${value}" mag alleen kleine letters, cijfers en streepjes bevatten.`
    const site = (data as { site?: string })?.site ?? 'both'
    const sites = site === 'both' ? ['helpers', 'professionals', 'both'] : [site, 'both']
    const where: Where = { and: [{ slug: { equals: value } }, { site: { in: sites } }] }
    if (id !== undefined) where.and!.push({ id: { not_equals: id } })
    const clash = await req.payload.find({
      collection: collection as 'checklists',
      where,
      limit: 1,
      depth: 0,
      draft: true,
      overrideAccess: true,
      req,
    })
    if (clash.docs.length > 0) {
      const other = clash.docs[0] as { title?: string }
      return `Slug "${value}" wordt al gebruikt door "${other.title ?? 'een ander document'}" op dezelfde site. Kies een andere slug.`
    }
    return true
  }
