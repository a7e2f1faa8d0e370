import type { CollectionConfig } from 'payload'
import { CHANNELS, SITE_NAMES, STAT_EVENT_KINDS } from '@vsp/content-models'
import { admins } from '../access/user-access'
import { staff } from '../access/content-access'
import { options } from '../fields/options'
import { fillDay } from '../stats/fill-day'
import { collectionLabels } from '../admin/collection-nouns'

/**
 * Anonymous service events from the sites. Only the island API writes them (it validates and
 * size-limits each one); staff read them for the figures; nobody edits them.
 */
export const ServiceEvents: CollectionConfig = {
  slug: 'service-events',
  labels: collectionLabels('service-events'),
  admin: { group: 'Marketing', defaultColumns: ['kind', 'subject', 'outcome', 'site', 'channel', 'day'] },
  access: { read: staff, create: () => false, update: () => false, delete: admins },
  hooks: { beforeValidate: [fillDay] },
  fields: [
    { name: 'kind', label: 'Soort', type: 'select', required: true, index: true, options: options(STAT_EVENT_KINDS) },
    { name: 'site', label: 'Site', type: 'select', required: true, options: options(SITE_NAMES) },
    { name: 'channel', label: 'Kanaal', type: 'select', required: true, options: options(CHANNELS) },
    { name: 'subject', label: 'Onderwerp', type: 'text', required: true, index: true },
    { name: 'outcome', label: 'Uitkomst', type: 'text' },
    { name: 'day', label: 'Dag', type: 'text', required: true, index: true },
    { name: 'newVisitor', label: 'Nieuwe bezoeker die dag', type: 'checkbox' },
    { name: 'burst', label: 'Te snel voor een mens', type: 'checkbox' },
  ],
}
