import type { CollectionConfig } from 'payload'
import { DELICT_LABELS, DELICTS } from '@vsp/content-models'
import { contentAccess } from '../access/content-access'
import { contentBaseFields } from '../fields/content-base'
import { reviewField } from '../fields/review'
import { options } from '../fields/options'
import { requiredMessage } from '../fields/required'
import { relationship, select } from 'payload/shared'
import { rebuildOnPublish } from '../rebuild'
import { draftsAndVersions, livePreview, previewUrl } from './versioning'
import { collectionLabels } from '../admin/collection-nouns'

export const Checklists: CollectionConfig = {
  slug: 'checklists',
  labels: collectionLabels('checklists'),
  admin: {
    preview: previewUrl('checklists'),
    livePreview: livePreview('checklists'),
    useAsTitle: 'title',
    defaultColumns: ['title', 'delict', 'site', '_status'],
    group: 'Helpers',
  },
  access: contentAccess,
  versions: draftsAndVersions,
  hooks: rebuildOnPublish,
  fields: [
    ...contentBaseFields('checklists', 'helpers'),
    reviewField,
    {
      name: 'delict',
      label: 'Delict',
      type: 'select',
      required: true,
      options: options(DELICTS, DELICT_LABELS),
      validate: requiredMessage('Kies bij welk delict deze checklist hoort (veld "Delict").', select),
    },
    { name: 'intro', label: 'Inleiding', type: 'richText' },
    {
      name: 'items',
      label: 'Punten',
      labels: { singular: 'Punt', plural: 'Punten' },
      type: 'array',
      admin: {
        description:
          'De site toont de punten in deze volgorde. Opeenvolgende punten met hetzelfde thema staan onder één kop; ' +
          'zet punten van één thema onder elkaar om ze samen te tonen.',
      },
      required: true,
      minRows: 1,
      validate: requiredMessage('Een checklist heeft minstens één punt nodig (veld "Punten").'),
      fields: [
        {
          name: 'text',
          label: 'Wat kunt u doen',
          type: 'text',
          required: true,
          validate: requiredMessage('Elk punt heeft een tekst nodig (veld "Wat kunt u doen").'),
        },
        { name: 'detail', label: 'Toelichting', type: 'textarea' },
        {
          name: 'theme',
          label: 'Thema',
          type: 'relationship',
          relationTo: 'themes',
          required: true,
          validate: requiredMessage('Koppel elk punt aan een themapagina (veld "Thema").', relationship),
        },
      ],
    },
  ],
}
