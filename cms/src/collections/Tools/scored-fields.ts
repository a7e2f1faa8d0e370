import type { ArrayField, Block, Field } from 'payload'
import type { ToolKindFields } from './kind-fields'

const key = (label: string, description?: string): Field => ({
  name: 'key',
  label,
  type: 'text',
  required: true,
  admin: { description: description ?? 'Korte code met kleine letters en streepjes, bv. "uren-per-week".' },
})
const links: Field = {
  name: 'links',
  label: 'Meer informatie',
  labels: { singular: 'Verwijzing', plural: 'Verwijzingen' },
  type: 'array',
  fields: [
    { name: 'label', label: 'Tekst', type: 'text', required: true },
    {
      name: 'href',
      label: 'Pad of adres',
      type: 'text',
      required: true,
      admin: { description: 'Bv. /goed-voor-uzelf-zorgen/grenzen-aangeven/' },
    },
  ],
}
const range = (name: string, label: string, description: string): Field => ({
  name,
  label,
  type: 'group',
  admin: { description },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'min', label: 'Van', type: 'number' },
        { name: 'max', label: 'Tot en met', type: 'number' },
      ],
    },
  ],
})

const questionFields: Field[] = [
  key('Code van de vraag'),
  {
    name: 'dimension',
    label: 'Thema (code)',
    type: 'text',
    required: true,
    admin: { description: 'De code van het thema waar de punten bij horen.' },
  },
  { name: 'text', label: 'Vraag', type: 'text', required: true },
  { name: 'help', label: 'Uitleg bij de vraag', type: 'textarea' },
  {
    name: 'showIf',
    label: 'Alleen tonen als…',
    type: 'group',
    admin: { description: 'Laat leeg om de vraag altijd te tonen.' },
    fields: [
      { name: 'question', label: 'Code van de eerdere vraag', type: 'text' },
      { name: 'anyOf', label: 'Eén van deze antwoorden (codes)', type: 'text', hasMany: true },
      {
        type: 'row',
        fields: [
          { name: 'min', label: 'Of een getal van', type: 'number' },
          { name: 'max', label: 'tot en met', type: 'number' },
        ],
      },
    ],
  },
  { name: 'attentionPoint', label: 'Aandachtspunt bij een risico-antwoord', type: 'textarea' },
]

const options: Field = {
  name: 'options',
  label: 'Antwoorden',
  labels: { singular: 'Antwoord', plural: 'Antwoorden' },
  type: 'array',
  fields: [
    key('Code van het antwoord'),
    { name: 'label', label: 'Antwoord', type: 'text', required: true },
    {
      type: 'row',
      fields: [
        { name: 'score', label: 'Punten', type: 'number', required: true, defaultValue: 0 },
        { name: 'atRisk', label: 'Risico-antwoord', type: 'checkbox' },
        { name: 'exclusive', label: 'Sluit andere antwoorden uit', type: 'checkbox' },
      ],
    },
  ],
}

export const scoredQuestionBlocks: Block[] = [
  {
    slug: 'single',
    labels: { singular: 'Vraag met één antwoord', plural: 'Vragen met één antwoord' },
    fields: [...questionFields, options],
  },
  {
    slug: 'multiple',
    labels: { singular: 'Vraag met meer antwoorden', plural: 'Vragen met meer antwoorden' },
    fields: [...questionFields, options],
  },
  {
    slug: 'scale',
    labels: { singular: 'Schaalvraag', plural: 'Schaalvragen' },
    fields: [
      ...questionFields,
      {
        type: 'row',
        fields: [
          { name: 'min', label: 'Laagste', type: 'number', required: true },
          { name: 'max', label: 'Hoogste', type: 'number', required: true },
        ],
      },
      {
        type: 'row',
        fields: [
          { name: 'minLabel', label: 'Tekst bij laagste', type: 'text', required: true },
          { name: 'maxLabel', label: 'Tekst bij hoogste', type: 'text', required: true },
        ],
      },
      {
        type: 'row',
        fields: [
          { name: 'weight', label: 'Punten per stap', type: 'number', required: true, defaultValue: 1 },
          { name: 'reverse', label: 'Omgekeerd tellen', type: 'checkbox' },
        ],
      },
      range('riskAt', 'Risico bij antwoorden', 'Antwoorden in dit bereik tonen het aandachtspunt.'),
    ],
  },
  {
    slug: 'number',
    labels: { singular: 'Getalvraag', plural: 'Getalvragen' },
    fields: [
      ...questionFields,
      {
        type: 'row',
        fields: [
          { name: 'min', label: 'Laagste', type: 'number', required: true },
          { name: 'max', label: 'Hoogste', type: 'number', required: true },
          { name: 'unit', label: 'Eenheid', type: 'text' },
        ],
      },
      {
        name: 'scoring',
        label: 'Punten vanaf',
        labels: { singular: 'Drempel', plural: 'Drempels' },
        type: 'array',
        minRows: 1,
        fields: [
          {
            type: 'row',
            fields: [
              { name: 'from', label: 'Vanaf', type: 'number', required: true },
              { name: 'score', label: 'Punten', type: 'number', required: true },
            ],
          },
        ],
      },
      range('riskAt', 'Risico bij antwoorden', 'Antwoorden in dit bereik tonen het aandachtspunt.'),
    ],
  },
]

export const dimensionsField: ArrayField = {
  name: 'dimensions',
  label: "Thema's en uitslagen",
  labels: { singular: 'Thema', plural: "Thema's" },
  type: 'array',
  fields: [
    key('Code van het thema'),
    { name: 'label', label: 'Naam', type: 'text', required: true },
    { name: 'description', label: 'Omschrijving', type: 'textarea' },
    {
      name: 'bands',
      label: 'Uitslagen',
      labels: { singular: 'Uitslag', plural: 'Uitslagen' },
      type: 'array',
      admin: { description: 'Aansluitende scorebereiken, zonder gaten of overlap.' },
      fields: [
        key('Code van de uitslag', 'Bv. "in-balans".'),
        { name: 'label', label: 'Naam', type: 'text', required: true },
        {
          type: 'row',
          fields: [
            { name: 'min', label: 'Score van', type: 'number', required: true },
            { name: 'max', label: 'tot en met', type: 'number', required: true },
          ],
        },
        { name: 'advice', label: 'Advies', type: 'textarea', required: true },
        links,
      ],
    },
  ],
}

export { links }

export const scoredFields: ToolKindFields = {
  label: 'Vragenlijst met score',
  fields: [
    dimensionsField,
    { name: 'questions', label: 'Vragen', labels: { singular: 'Vraag', plural: 'Vragen' }, type: 'blocks', blocks: scoredQuestionBlocks },
  ],
}
