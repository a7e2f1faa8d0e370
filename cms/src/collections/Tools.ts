import type { CollectionConfig } from 'payload'
import { select } from 'payload/shared'
import { TOOL_KINDS } from '@vsp/content-models'
import { contentAccess } from '../access/content-access'
import { contentBaseFields } from '../fields/content-base'
import { options } from '../fields/options'
import { requiredMessage } from '../fields/required'
import { draftsAndVersions, previewUrl } from './versioning'

export const Tools: CollectionConfig = {
  slug: 'tools',
  labels: { singular: 'Tool', plural: 'Tools' },
  admin: { preview: previewUrl('tools'), useAsTitle: 'title', defaultColumns: ['title', 'kind', 'site', '_status'], group: 'Tools' },
  access: contentAccess,
  versions: draftsAndVersions,
  fields: [
    ...contentBaseFields('tools', 'helpers'),
    {
      name: 'kind',
      label: 'Soort tool',
      type: 'select',
      required: true,
      options: options(TOOL_KINDS, { scored: 'Vragenlijst met score', 'decision-tree': 'Beslisboom (doorverwijzen)' }),
      validate: requiredMessage('Kies de soort tool (veld "Soort tool").', select),
    },
    { name: 'intro', label: 'Inleiding', type: 'textarea' },
    {
      name: 'definition',
      label: 'Definitie',
      type: 'json',
      required: true,
      validate: requiredMessage('Een tool heeft een definitie nodig: vragen, antwoorden en uitkomsten (veld "Definitie").'),
    },
  ],
}
