import type { CollectionConfig } from 'payload'
import { CHANNELS, SITE_NAMES, STAT_EVENT_KINDS } from '@vsp/content-models'
import { collectionLabels } from '../admin/collection-nouns'

const nobody = () => false

/**
 * The daily aggregates the statistics report reads (@vsp/analytics `DailyAggregate`): written
 * by the rollup job only, kept when the raw events are deleted. No visitor hashes here, nor
 * anywhere: `visitors` is a count. Closed to REST; the report endpoint reads it for staff.
 */
export const StatDays: CollectionConfig = {
  slug: 'stat-days',
  labels: collectionLabels('stat-days'),
  admin: { hidden: true },
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  fields: [
    { name: 'day', type: 'text', required: true, index: true },
    { name: 'site', type: 'select', required: true, options: [...SITE_NAMES] },
    { name: 'channel', type: 'select', required: true, options: [...CHANNELS] },
    { name: 'kind', type: 'select', required: true, options: [...STAT_EVENT_KINDS] },
    { name: 'subject', type: 'text', required: true },
    { name: 'count', type: 'number', required: true },
    { name: 'visitors', type: 'number', required: true },
    { name: 'bursts', type: 'number', required: true },
  ],
}
