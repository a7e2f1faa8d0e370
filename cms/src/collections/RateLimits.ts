import type { CollectionConfig } from 'payload'
import { collectionLabels } from '../admin/collection-nouns'

const nobody = () => false

/**
 * The island API's caps (cms/src/endpoints/database-window.ts): one row per cap with the start
 * of its current window and the calls counted in it. In the database, not in process memory,
 * so that several CMS instances behind a load balancer share one count. Only the server writes
 * it, with one SQL statement; no one can through REST, and the admin does not list it.
 */
export const RateLimits: CollectionConfig = {
  slug: 'rate-limits',
  labels: collectionLabels('rate-limits'),
  admin: { hidden: true },
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  timestamps: false,
  fields: [
    { name: 'name', type: 'text', required: true, unique: true },
    { name: 'windowStart', type: 'number', required: true },
    { name: 'used', type: 'number', required: true },
  ],
}
