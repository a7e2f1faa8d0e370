import type { CollectionConfig } from 'payload'
import { nobody } from '../../access/newsletter-access'
import { admins } from '../../access/user-access'
import { collectionLabels } from '../../admin/collection-nouns'

/**
 * That an erasure happened: a keyed hash of the address (HMAC, key derived from PAYLOAD_SECRET)
 * and the time. The address itself is gone; the hash lets an admin answer "was this address
 * erased?" without keeping it. Admins read it; only `POST /api/newsletter/erase` writes it.
 */
export const NewsletterErasures: CollectionConfig = {
  slug: 'newsletter-erasures',
  labels: collectionLabels('newsletter-erasures'),
  admin: { group: 'Marketing', defaultColumns: ['erasedAt', 'addressHash'] },
  access: { read: admins, create: nobody, update: nobody, delete: nobody },
  fields: [
    { name: 'addressHash', label: 'Sleutelhash van het adres', type: 'text', required: true, index: true },
    { name: 'erasedAt', label: 'Gewist op', type: 'date', required: true, admin: { date: { pickerAppearance: 'dayAndTime' } } },
  ],
}
