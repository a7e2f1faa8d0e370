import type { CollectionConfig } from 'payload'
import { NEWSLETTER_TOKEN_PURPOSES } from '@vsp/content-models'
import { nobody } from '../../access/newsletter-access'
import { options } from '../../fields/options'
import { collectionLabels } from '../../admin/collection-nouns'

/**
 * The links' tokens, as SHA-256 hashes only: the token itself is in the mail and nowhere else.
 * Never readable over REST, not even by admins, and hidden in the admin.
 */
export const NewsletterTokens: CollectionConfig = {
  slug: 'newsletter-tokens',
  labels: collectionLabels('newsletter-tokens'),
  admin: { group: 'Marketing', hidden: true },
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  fields: [
    { name: 'hash', label: 'Hash', type: 'text', required: true, unique: true, index: true },
    {
      name: 'purpose',
      label: 'Doel',
      type: 'select',
      required: true,
      options: options(NEWSLETTER_TOKEN_PURPOSES, { confirm: 'Bevestigen', unsubscribe: 'Afmelden' }),
    },
    { name: 'expiresAt', label: 'Verloopt op', type: 'date', required: true },
    { name: 'usedAt', label: 'Gebruikt op', type: 'date' },
    {
      name: 'subscription',
      label: 'Aanmelding',
      type: 'relationship',
      relationTo: 'newsletter-subscriptions',
      required: true,
      index: true,
    },
  ],
}
