import type { CollectionConfig } from 'payload'
import { CHANNELS, NEWSLETTER_STATUS_LABELS, NEWSLETTER_STATUSES, SITE_LABELS, SITE_NAMES } from '@vsp/content-models'
import { nobody, subscriberReaders } from '../../access/newsletter-access'
import { options } from '../../fields/options'
import { collectionLabels } from '../../admin/collection-nouns'

/**
 * One address on one audience's newsletter list. Only the sign-up flow writes it
 * (cms/src/newsletter); marketers and admins read it; an admin erases a person through
 * `POST /api/newsletter/erase`, which leaves only a keyed hash. No IP address, no user agent.
 */
export const NewsletterSubscriptions: CollectionConfig = {
  slug: 'newsletter-subscriptions',
  labels: collectionLabels('newsletter-subscriptions'),
  admin: { group: 'Marketing', useAsTitle: 'email', defaultColumns: ['email', 'audience', 'status', 'page', 'signedUpAt', 'confirmedAt'] },
  access: { read: subscriberReaders, create: nobody, update: nobody, delete: nobody },
  // One row per address and audience, also when two sign-ups arrive at once.
  indexes: [{ fields: ['email', 'audience'], unique: true }],
  fields: [
    { name: 'email', label: 'E-mailadres', type: 'email', required: true, index: true },
    { name: 'audience', label: 'Nieuwsbrief', type: 'select', required: true, options: options(SITE_NAMES, SITE_LABELS) },
    {
      name: 'status',
      label: 'Status',
      type: 'select',
      required: true,
      index: true,
      options: options(NEWSLETTER_STATUSES, NEWSLETTER_STATUS_LABELS),
    },
    { name: 'consentVersion', label: 'Versie toestemmingstekst', type: 'text', required: true },
    { name: 'signedUpAt', label: 'Aangemeld op', type: 'date', required: true, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'confirmedAt', label: 'Bevestigd op', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'unsubscribedAt', label: 'Afgemeld op', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'page', label: 'Pagina', type: 'text', index: true },
    { name: 'channel', label: 'Kanaal', type: 'select', options: options(CHANNELS) },
  ],
}
