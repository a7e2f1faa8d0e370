import type { CollectionConfig } from 'payload'
import { select } from 'payload/shared'
import { PHASE_LABELS, PHASES, SECTOR_LABELS, SECTORS } from '@vsp/content-models'
import { contentAccess } from '../access/content-access'
import { contentBaseFields } from '../fields/content-base'
import { reviewField } from '../fields/review'
import { options } from '../fields/options'
import { requiredMessage } from '../fields/required'
import { rebuildOnPublish } from '../rebuild'
import { draftsAndVersions, livePreview, previewUrl } from './versioning'
import { collectionLabels } from '../admin/collection-nouns'

export const Stappenplannen: CollectionConfig = {
  slug: 'stappenplannen',
  labels: collectionLabels('stappenplannen'),
  admin: {
    preview: previewUrl('stappenplannen'),
    livePreview: livePreview('stappenplannen'),
    useAsTitle: 'title',
    defaultColumns: ['title', 'situation', '_status'],
    group: 'Professionals',
  },
  access: contentAccess,
  versions: draftsAndVersions,
  hooks: rebuildOnPublish,
  fields: [
    ...contentBaseFields('stappenplannen', 'professionals'),
    reviewField,
    {
      name: 'situation',
      label: 'Situatie',
      type: 'text',
      required: true,
      validate: requiredMessage('Beschrijf in één zin voor welke situatie dit stappenplan is (veld "Situatie").'),
    },
    { name: 'sectors', label: 'Sectoren', type: 'select', hasMany: true, options: options(SECTORS, SECTOR_LABELS) },
    { name: 'intro', label: 'Inleiding', type: 'richText' },
    {
      name: 'phases',
      label: 'Fasen',
      labels: { singular: 'Fase', plural: 'Fasen' },
      type: 'array',
      required: true,
      minRows: 1,
      validate: requiredMessage('Een stappenplan heeft minstens één fase nodig (veld "Fasen").'),
      fields: [
        {
          name: 'phase',
          label: 'Fase',
          type: 'select',
          required: true,
          options: options(PHASES, PHASE_LABELS),
          validate: requiredMessage('Kies de fase: preventief, acute fase of nafase (veld "Fase").', select),
        },
        { name: 'intro', label: 'Toelichting', type: 'textarea' },
        {
          name: 'steps',
          label: 'Stappen',
          labels: { singular: 'Stap', plural: 'Stappen' },
          type: 'array',
          required: true,
          minRows: 1,
          validate: requiredMessage('Elke fase heeft minstens één stap nodig (veld "Stappen").'),
          fields: [
            {
              name: 'title',
              label: 'Stap',
              type: 'text',
              required: true,
              validate: requiredMessage('Geef elke stap een korte titel (veld "Stap").'),
            },
            {
              name: 'action',
              label: 'Actie',
              type: 'textarea',
              required: true,
              validate: requiredMessage('Beschrijf bij elke stap wat er moet gebeuren (veld "Actie").'),
            },
            {
              name: 'who',
              label: 'Wie',
              type: 'text',
              required: true,
              validate: requiredMessage('Zeg bij elke stap wie de actie uitvoert (veld "Wie").'),
            },
          ],
        },
      ],
    },
  ],
}
