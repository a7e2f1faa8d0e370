import type { CollectionConfig } from 'payload'
import { contentAccess } from '../access/content-access'
import { contentBaseFields } from '../fields/content-base'
import { requiredMessage } from '../fields/required'
import { rebuildOnPublish } from '../rebuild'
import { draftsAndVersions, livePreview, previewUrl } from './versioning'
import { collectionLabels } from '../admin/collection-nouns'

/**
 * Tips and experiences that helpers send in. They arrive as drafts; an editor publishes
 * them after reading. No names or contact details are stored: only a self-chosen signature.
 */
export const HelperTips: CollectionConfig = {
  slug: 'helper-tips',
  labels: collectionLabels('helper-tips'),
  admin: {
    preview: previewUrl('helper-tips'),
    livePreview: livePreview('helper-tips'),
    useAsTitle: 'title',
    defaultColumns: ['title', 'signature', '_status', 'createdAt'],
    group: 'Helpers',
  },
  access: contentAccess,
  versions: draftsAndVersions,
  hooks: rebuildOnPublish,
  fields: [
    ...contentBaseFields('helper-tips', 'helpers'),
    {
      name: 'body',
      label: 'Tip of ervaring',
      type: 'textarea',
      required: true,
      validate: requiredMessage('Een tip heeft tekst nodig (veld "Tip of ervaring").'),
    },
    {
      name: 'signature',
      label: 'Ondertekening',
      type: 'text',
      admin: { description: 'Bijvoorbeeld "Moeder van een slachtoffer". Nooit een volledige naam publiceren.' },
    },
  ],
}
