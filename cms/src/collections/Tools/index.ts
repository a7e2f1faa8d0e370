import type { CollectionConfig } from 'payload'
import { select } from 'payload/shared'
import { contentAccess } from '../../access/content-access'
import { contentBaseFields } from '../../fields/content-base'
import { reviewField } from '../../fields/review'
import { requiredMessage } from '../../fields/required'
import { draftsAndVersions, livePreview, previewUrl } from '../versioning'
import { rebuildOnPublish } from '../../rebuild'
import { validateToolDefinition } from './hooks/validate-definition'
import { definitionFields, toolKindOptions } from './kind-fields'
import { collectionLabels } from '../../admin/collection-nouns'

export const Tools: CollectionConfig = {
  slug: 'tools',
  labels: collectionLabels('tools'),
  admin: {
    preview: previewUrl('tools'),
    livePreview: livePreview('tools'),
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'site', '_status'],
    group: 'Tools',
  },
  access: contentAccess,
  versions: draftsAndVersions,
  hooks: { beforeChange: [validateToolDefinition], ...rebuildOnPublish },
  fields: [
    ...contentBaseFields('tools', 'helpers'),
    reviewField,
    {
      name: 'kind',
      label: 'Soort tool',
      type: 'select',
      required: true,
      options: toolKindOptions,
      validate: requiredMessage('Kies de soort tool (veld "Soort tool").', select),
    },
    { name: 'intro', label: 'Inleiding', type: 'textarea' },
    {
      name: 'definition',
      label: 'Vragen en uitkomsten',
      type: 'group',
      fields: definitionFields,
    },
  ],
}
