import type { CollectionConfig } from 'payload'

/** Every content collection keeps drafts, a version history and scheduled publishing. */
export const draftsAndVersions: CollectionConfig['versions'] = {
  drafts: { schedulePublish: true },
  maxPerDoc: 50,
}

/** The admin's preview button opens the draft preview route of the CMS. */
export const previewUrl =
  (collection: string) =>
  (doc: Record<string, unknown>): string =>
    `/preview/${collection}/${doc.id}`

/** The draft as the site renders it, beside the form (cms/src/preview/live-preview.ts). */
export { livePreview } from '../preview/live-preview'
