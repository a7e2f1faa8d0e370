import type { CollectionConfig } from 'payload'
import { select } from 'payload/shared'
import { CONTACT_KIND_LABELS, CONTACT_KINDS } from '@vsp/content-models'
import { contentAccess } from '../access/content-access'
import { contentBaseFields } from '../fields/content-base'
import { reviewField } from '../fields/review'
import { options } from '../fields/options'
import { requiredMessage } from '../fields/required'
import { contactValue } from '../fields/web-address'
import { rebuildOnPublish } from '../rebuild'
import { draftsAndVersions, livePreview, previewUrl } from './versioning'
import { collectionLabels } from '../admin/collection-nouns'

export const Organisations: CollectionConfig = {
  slug: 'organisations',
  labels: collectionLabels('organisations'),
  admin: {
    preview: previewUrl('organisations'),
    livePreview: livePreview('organisations'),
    useAsTitle: 'title',
    defaultColumns: ['title', 'site', '_status'],
    group: 'Doorverwijzen',
  },
  access: contentAccess,
  versions: draftsAndVersions,
  hooks: rebuildOnPublish,
  fields: [
    ...contentBaseFields('organisations', 'both'),
    reviewField,
    {
      name: 'helpsWith',
      label: 'Wanneer doorverwijzen',
      type: 'textarea',
      required: true,
      validate: requiredMessage('Beschrijf wanneer u iemand naar deze organisatie verwijst (veld "Wanneer doorverwijzen").'),
    },
    {
      name: 'contacts',
      label: 'Contactmogelijkheden',
      labels: { singular: 'Contactmogelijkheid', plural: 'Contactmogelijkheden' },
      type: 'array',
      required: true,
      minRows: 1,
      validate: requiredMessage('Vul minstens één manier in om de organisatie te bereiken (veld "Contactmogelijkheden").'),
      fields: [
        {
          name: 'kind',
          label: 'Soort',
          type: 'select',
          required: true,
          options: options(CONTACT_KINDS, CONTACT_KIND_LABELS),
          validate: requiredMessage('Kies de soort contact (veld "Soort").', select),
        },
        { name: 'label', label: 'Omschrijving', type: 'text', required: true },
        { name: 'value', label: 'Nummer of adres', type: 'text', required: true, validate: contactValue },
        { name: 'hours', label: 'Bereikbaar', type: 'text' },
      ],
    },
  ],
}
