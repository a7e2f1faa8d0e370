import type { CollectionConfig } from 'payload'
import { collectionLabels } from '../admin/collection-nouns'

const nobody = () => false

/**
 * Who builds a site now (cms/src/rebuild/site-lease.ts): one row per site with the CMS
 * process that holds it and until when. Several CMS instances on one database take turns
 * through it, so two builds of one site never write the same dist folder at once; a holder
 * that crashed loses it when `expiresAt` (ms since 1970) has passed. Only the server writes it,
 * with one SQL statement per step; no one can through REST, and the admin does not list it.
 */
export const RebuildLeases: CollectionConfig = {
  slug: 'rebuild-leases',
  labels: collectionLabels('rebuild-leases'),
  admin: { hidden: true },
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  timestamps: false,
  fields: [
    { name: 'site', type: 'text', required: true, unique: true },
    { name: 'holder', type: 'text', required: true },
    { name: 'expiresAt', type: 'number', required: true },
  ],
}
