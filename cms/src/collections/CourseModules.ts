import type { CollectionConfig } from 'payload'
import { relationship } from 'payload/shared'
import { contentAccess } from '../access/content-access'
import { contentBaseFields } from '../fields/content-base'
import { reviewField } from '../fields/review'
import { requiredMessage } from '../fields/required'
import { levelField } from './Courses'
import { rebuildOnPublish } from '../rebuild'
import { draftsAndVersions, livePreview, previewUrl } from './versioning'
import { collectionLabels } from '../admin/collection-nouns'

export const CourseModules: CollectionConfig = {
  slug: 'course-modules',
  labels: collectionLabels('course-modules'),
  admin: {
    preview: previewUrl('course-modules'),
    livePreview: livePreview('course-modules'),
    useAsTitle: 'title',
    defaultColumns: ['title', 'course', 'order', '_status'],
    group: 'Cursus',
  },
  access: contentAccess,
  versions: draftsAndVersions,
  hooks: rebuildOnPublish,
  fields: [
    ...contentBaseFields('course-modules', 'helpers'),
    reviewField,
    {
      name: 'course',
      label: 'Cursus',
      type: 'relationship',
      relationTo: 'courses',
      required: true,
      validate: requiredMessage('Kies bij welke cursus deze module hoort (veld "Cursus").', relationship),
    },
    { name: 'order', label: 'Volgorde', type: 'number', required: true, defaultValue: 1 },
    levelField,
    {
      name: 'durationMinutes',
      label: 'Duur (minuten)',
      type: 'number',
      required: true,
      min: 1,
      validate: requiredMessage('Vul in hoeveel minuten de module duurt (veld "Duur").'),
    },
    {
      name: 'lessons',
      label: 'Lessen',
      labels: { singular: 'Les', plural: 'Lessen' },
      type: 'array',
      required: true,
      minRows: 1,
      validate: requiredMessage('Een module heeft minstens één les nodig (veld "Lessen").'),
      fields: [
        {
          name: 'title',
          label: 'Titel van de les',
          type: 'text',
          required: true,
          validate: requiredMessage('Geef elke les een titel (veld "Titel van de les").'),
        },
        {
          name: 'body',
          label: 'Lesinhoud',
          type: 'richText',
          required: true,
          validate: requiredMessage('Elke les heeft inhoud nodig (veld "Lesinhoud").'),
        },
      ],
    },
  ],
}
