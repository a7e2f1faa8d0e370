import type { CollectionConfig } from 'payload'
import { SITE_NAMES } from '@vsp/content-models'
import { collectionLabels } from '../admin/collection-nouns'

const nobody = () => false

/**
 * The rebuilds still owed to the sites, one row per request, so that a change published just
 * before a restart still reaches the site: the CMS runs what is left here when it starts
 * (cms/src/rebuild/pending-requests.ts). Only the server writes and reads it, with
 * overrideAccess; no one can through REST, and the admin does not list it.
 */
export const RebuildRequests: CollectionConfig = {
  slug: 'rebuild-requests',
  labels: collectionLabels('rebuild-requests'),
  admin: { hidden: true },
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  fields: [{ name: 'site', type: 'select', required: true, options: [...SITE_NAMES], index: true }],
}
