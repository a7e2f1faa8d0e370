import type { ArrayField, Block } from 'payload'
import type { ToolKindFields } from './kind-fields'
import { DELICT_LABELS, DELICTS } from '@vsp/content-models'
import { options } from '../../fields/options'
import { links } from './scored-fields'

const STEP_SELECT = '/collections/Tools/components/StepSelect#StepSelect'
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
        labels: { singular: 'Antwoord', plural: 'Antwoorden' },
        type: 'array',
        fields: [
          { name: 'key', label: 'Code van het antwoord', type: 'text', required: true },
          { name: 'label', label: 'Antwoord', type: 'text', required: true },
          {
            name: 'next',
            label: 'Volgende stap',
            type: 'text',
            admin: { description: 'De vraag of uitkomst die hierna komt.', components: { Field: STEP_SELECT } },
          },
          {
            name: 'tags',
            label: 'Labels voor de vangnetregels',
            type: 'text',
            hasMany: true,
            admin: {
              description: 'Wat dit antwoord over de situatie zegt, bijvoorbeeld seksueel-geweld, recent, kind, huiselijk of acuut-gevaar.',
            },
          },
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
        labels: { singular: 'Organisatie', plural: 'Organisaties' },
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

/**
 * Vangnetregels: checked on every path when the tree is published. A rule holds for the paths
 * whose answers together carry all its labels (every path when it has none).
 */
export const safetyRulesField: ArrayField = {
  name: 'safetyRules',
  label: 'Vangnetregels',
  labels: { singular: 'Vangnetregel', plural: 'Vangnetregels' },
  type: 'array',
  admin: {
    description:
      'Bij publiceren controleert het systeem elk pad door de boom. Een boom die een regel breekt, kan niet gepubliceerd worden.',
    initCollapsed: true,
  },
  fields: [
    { name: 'name', label: 'Naam van de regel', type: 'text', required: true },
    {
      name: 'when',
      label: 'Geldt voor',
      type: 'group',
      fields: [
        {
          name: 'allTags',
          label: 'Paden met al deze labels',
          type: 'text',
          hasMany: true,
          admin: { description: 'De antwoorden op het pad hebben samen al deze labels. Leeg: elk pad.' },
        },
      ],
    },
    {
      name: 'then',
      label: 'De uitkomst moet',
      type: 'group',
      fields: [
        { name: 'urgent', label: 'Spoed zijn', type: 'checkbox' },
        { name: 'mustNameFirst', label: 'Als eerste noemen', type: 'relationship', relationTo: 'organisations' },
        { name: 'mustName', label: 'Ook noemen', type: 'relationship', relationTo: 'organisations', hasMany: true },
        { name: 'minPhoneOrganisations', label: 'Minstens zoveel organisaties met een telefoonnummer noemen', type: 'number', min: 1 },
      ],
    },
  ],
}

export const treeFields: ToolKindFields = {
  label: 'Beslisboom (doorverwijzen)',
  fields: [
    { name: 'diagram', type: 'ui', admin: { components: { Field: '/collections/Tools/components/TreeDiagram#TreeDiagram' } } },
    {
      name: 'start',
      label: 'Eerste stap',
      type: 'text',
      admin: { description: 'De vraag waarmee de boom begint.', components: { Field: STEP_SELECT } },
    },
    { name: 'nodes', label: 'Stappen', labels: { singular: 'Stap', plural: 'Stappen' }, type: 'blocks', blocks: treeNodeBlocks },
    safetyRulesField,
  ],
}
