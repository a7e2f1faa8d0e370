import type { CollectionConfig } from 'payload'

/** Every content collection keeps drafts, a version history and scheduled publishing. */
export const draftsAndVersions: CollectionConfig['versions'] = {
  drafts: { schedulePublish: true },
  maxPerDoc: 50,
}
