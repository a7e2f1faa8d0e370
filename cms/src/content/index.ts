/**
 * The CMS's one public content entry: everything the sites are built from, published only,
 * read through the Local API with access control on (as an anonymous visitor would). Content only:
 * scripts that run Payload itself take it from `@vsp/cms/payload` (src/script-entry.ts).
 */
import { getPayload } from 'payload'
import config from '../payload.config'
import { SNAPSHOT_COLLECTIONS } from '@vsp/content-models'

export async function getPublishedContent(): Promise<Record<string, unknown>> {
  const payload = await getPayload({ config })
  const content: Record<string, unknown> = { generatedAt: new Date().toISOString() }
  for (const collection of SNAPSHOT_COLLECTIONS) {
    const result = await payload.find({
      collection,
      depth: 0,
      pagination: false,
      // Media has no drafts and is staff-only over HTTP (collections/Media.ts); the build reads
      // its records (alt text, file name) and shows only the images that pages use.
      overrideAccess: collection === 'media',
      ...(collection === 'media' ? {} : { where: { _status: { equals: 'published' } } }),
    })
    content[collection] = result.docs
  }
  content.siteSettings = await payload.findGlobal({ slug: 'site-settings', depth: 0, overrideAccess: false })
  return content
}
