import type { CollectionConfig } from 'payload'
import { select } from 'payload/shared'
import { TOOL_KINDS } from '@vsp/content-models'
import { contentAccess } from '../../access/content-access'
import { contentBaseFields } from '../../fields/content-base'
import { reviewField } from '../../fields/review'
import { options } from '../../fields/options'
import { requiredMessage } from '../../fields/required'
import { draftsAndVersions, previewUrl } from '../versioning'
import { rebuildOnPublish } from '../../rebuild'
import { validateToolDefinition } from './hooks/validate-definition'
import { dimensionsField, scoredQuestionBlocks } from './scored-fields'
import { safetyRulesField, treeNodeBlocks } from './tree-fields'

const isKind = (kind: string) => (data: Record<string, unknown>) => data?.kind === kind

export const Tools: CollectionConfig = {
  slug: 'tools',
  labels: { singular: 'Tool', plural: 'Tools' },
  admin: { preview: previewUrl('tools'), useAsTitle: 'title', defaultColumns: ['title', 'kind', 'site', '_status'], group: 'Tools' },
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
      options: options(TOOL_KINDS, { scored: 'Vragenlijst met score', 'decision-tree': 'Beslisboom (doorverwijzen)' }),
      validate: requiredMessage('Kies de soort tool (veld "Soort tool").', select),
    },
    { name: 'intro', label: 'Inleiding', type: 'textarea' },
    {
      name: 'definition',
      label: 'Vragen en uitkomsten',
      type: 'group',
      fields: [
        { ...dimensionsField, admin: { condition: isKind('scored') } },
        { name: 'questions', label: 'Vragen', type: 'blocks', blocks: scoredQuestionBlocks, admin: { condition: isKind('scored') } },
        {
          name: 'diagram',
          type: 'ui',
          admin: { condition: isKind('decision-tree'), components: { Field: '/collections/Tools/components/TreeDiagram#TreeDiagram' } },
        },
        { name: 'start', label: 'Eerste stap (code)', type: 'text', admin: { condition: isKind('decision-tree') } },
        { name: 'nodes', label: 'Stappen', type: 'blocks', blocks: treeNodeBlocks, admin: { condition: isKind('decision-tree') } },
        { ...safetyRulesField, admin: { ...safetyRulesField.admin, condition: isKind('decision-tree') } },
      ],
    },
  ],
}
