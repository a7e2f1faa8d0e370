import type { Block } from 'payload'
import type { ToolKindFields } from './kind-fields'
import { DELICT_LABELS, DELICTS } from '@vsp/content-models'
import { options } from '../../fields/options'
import { links } from './scored-fields'

const key = { name: 'key', label: 'Code van deze stap', type: 'text', required: true } as const

export const treeNodeBlocks: Block[] = [
  {
    slug: 'question',
    labels: { singular: 'Vraag', plural: 'Vragen' },
    fields: [
      key,
      { name: 'text', label: 'Vraag', type: 'text', required: true },
      { name: 'help', label: 'Uitleg', type: 'textarea' },
      {
        name: 'options',
        label: 'Antwoorden',
        type: 'array',
        fields: [
          { name: 'key', label: 'Code van het antwoord', type: 'text', required: true },
          { name: 'label', label: 'Antwoord', type: 'text', required: true },
          { name: 'next', label: 'Volgende stap (code)', type: 'text', admin: { description: 'De code van de vraag of uitkomst die hierna komt.' } },
        ],
      },
    ],
  },
  {
    slug: 'outcome',
    labels: { singular: 'Uitkomst', plural: 'Uitkomsten' },
    fields: [
      key,
      { name: 'title', label: 'Titel', type: 'text', required: true },
      { name: 'advice', label: 'Advies', type: 'textarea', required: true },
      { name: 'urgent', label: 'Spoed: nu handelen', type: 'checkbox' },
      {
        name: 'organisations',
        label: 'Organisaties',
        type: 'array',
        fields: [
          { name: 'organisation', label: 'Organisatie', type: 'relationship', relationTo: 'organisations', required: true },
          { name: 'why', label: 'Waarom deze organisatie', type: 'textarea', required: true },
        ],
      },
      { name: 'delicts', label: 'Hoort bij delicten', type: 'select', hasMany: true, options: options(DELICTS, DELICT_LABELS) },
      links,
    ],
  },
]

export const treeFields: ToolKindFields = {
  label: 'Beslisboom (doorverwijzen)',
  fields: [
    { name: 'diagram', type: 'ui', admin: { components: { Field: '/collections/Tools/components/TreeDiagram#TreeDiagram' } } },
    { name: 'start', label: 'Eerste stap (code)', type: 'text' },
    { name: 'nodes', label: 'Stappen', type: 'blocks', blocks: treeNodeBlocks },
  ],
}
