import { SNAPSHOT_COLLECTIONS } from '@vsp/content-models'
import type { Payload } from 'payload'
import { mirrorMediaFromBucket } from '../lib/media-mirror'
import { mediaDir } from '../lib/paths'

/** Everything the sites are built from, published only, from a running Payload (the snapshot export, the rebuild path). */
export async function publishedContent(payload: Payload): Promise<Record<string, unknown>> {
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
  // Media in a bucket: the builds read the originals from MEDIA_DIR, so they are copied there first.
  const mirrored = await mirrorMediaFromBucket(content.media as { filename?: string }[], mediaDir)
  if (mirrored.fetched) console.log(`[media] ${mirrored.fetched} bestand(en) uit de bucket naar ${mediaDir} gekopieerd`)
  if (mirrored.missing.length) console.error(`[media] niet in de bucket, pagina's zonder deze afbeelding: ${mirrored.missing.join(', ')}`)
  content.siteSettings = await payload.findGlobal({ slug: 'site-settings', depth: 0, overrideAccess: false })
  return content
}
