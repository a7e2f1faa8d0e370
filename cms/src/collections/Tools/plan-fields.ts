/** The admin fields of a plan (kind `plan`, e.g. start een steungroep): sections, questions whose answers add lines, contacts. */
import type { Field } from 'payload'
import type { ToolKindFields } from './kind-fields'

const code = (label: string, description: string): Field => ({ name: 'key', label, type: 'text', required: true, admin: { description } })

const sections: Field = {
  name: 'sections',
  label: 'Onderdelen van het plan',
  labels: { singular: 'Onderdeel', plural: 'Onderdelen' },
  type: 'array',
  admin: { description: 'De koppen van het plan, in de volgorde waarin ze op het plan staan. Een onderdeel zonder punten blijft weg.' },
  fields: [
    code('Code van het onderdeel', 'Korte code met kleine letters en streepjes, bv. "wie-doet-wat". De antwoorden verwijzen ernaar.'),
    { name: 'title', label: 'Kop', type: 'text', required: true },
    { name: 'intro', label: 'Inleiding', type: 'textarea' },
    {
      name: 'items',
      label: 'Vaste punten',
      labels: { singular: 'Punt', plural: 'Punten' },
      type: 'array',
      admin: { description: 'Punten die in elk plan staan, wat de helper ook antwoordt.' },
      fields: [{ name: 'text', label: 'Punt', type: 'textarea', required: true }],
    },
    {
      name: 'writeIn',
      label: 'Lege regels op papier',
      type: 'number',
      min: 0,
      max: 12,
      admin: {
        description: 'Regels op het geprinte plan om namen en afspraken met de hand in te vullen. Op de site typt de helper niets in.',
      },
    },
  ],
}

const steps: Field = {
  name: 'steps',
  label: 'Vragen',
  labels: { singular: 'Vraag', plural: 'Vragen' },
  type: 'array',
  admin: { description: 'De vragen, één per stap. Elk antwoord voegt punten toe aan onderdelen van het plan.' },
  fields: [
    code('Code van de vraag', 'Korte code met kleine letters en streepjes, bv. "hoe-vaak".'),
    {
      name: 'kind',
      label: 'Soort vraag',
      type: 'select',
      required: true,
      defaultValue: 'single',
      options: [
        { value: 'single', label: 'Eén antwoord kiezen' },
        { value: 'multiple', label: 'Meer antwoorden mogelijk' },
      ],
    },
    { name: 'text', label: 'Vraag', type: 'text', required: true },
    { name: 'help', label: 'Uitleg bij de vraag', type: 'textarea' },
    {
      name: 'options',
      label: 'Antwoorden',
      labels: { singular: 'Antwoord', plural: 'Antwoorden' },
      type: 'array',
      fields: [
        code('Code van het antwoord', 'Korte code met kleine letters en streepjes.'),
        { name: 'label', label: 'Antwoord', type: 'text', required: true },
        {
          name: 'exclusive',
          label: 'Sluit andere antwoorden uit',
          type: 'checkbox',
          admin: { description: 'Alleen bij meer antwoorden, bv. "Weet ik nog niet".' },
        },
        {
          name: 'items',
          label: 'Punten voor het plan',
          labels: { singular: 'Punt', plural: 'Punten' },
          type: 'array',
          fields: [
            {
              name: 'section',
              label: 'Onderdeel (code)',
              type: 'text',
              required: true,
              admin: { description: 'De code van het onderdeel waar dit punt onder komt.' },
            },
            { name: 'text', label: 'Punt', type: 'textarea', required: true },
          ],
        },
      ],
    },
  ],
}

const organisations: Field = {
  name: 'organisations',
  label: 'Hier kunt u terecht',
  labels: { singular: 'Organisatie', plural: 'Organisaties' },
  type: 'array',
  admin: { description: 'De organisaties onder het plan, met hun telefoonnummers uit de organisaties.' },
  fields: [
    { name: 'organisation', label: 'Organisatie', type: 'relationship', relationTo: 'organisations', required: true },
    { name: 'why', label: 'Waarom deze organisatie', type: 'textarea', required: true },
  ],
}

export const planFields: ToolKindFields = { label: 'Plan (stap voor stap)', fields: [sections, steps, organisations] }
