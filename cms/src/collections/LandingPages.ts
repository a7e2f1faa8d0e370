import type { Block, CollectionConfig } from 'payload'
import { CHANNELS } from '@vsp/content-models'
import { marketingAccess } from '../access/content-access'
import { contentBaseFields } from '../fields/content-base'
import { reviewField } from '../fields/review'
import { options } from '../fields/options'
import { requiredMessage } from '../fields/required'
import { rebuildOnPublish } from '../rebuild'
import { draftsAndVersions, previewUrl } from './versioning'

const blocks: Block[] = [
  {
    slug: 'hero',
    labels: { singular: 'Opening', plural: 'Openingen' },
    fields: [
      { name: 'heading', label: 'Kop', type: 'text', required: true },
      { name: 'text', label: 'Tekst', type: 'textarea' },
      { name: 'image', label: 'Afbeelding', type: 'upload', relationTo: 'media' },
    ],
  },
  {
    slug: 'text',
    labels: { singular: 'Tekst', plural: 'Teksten' },
    fields: [{ name: 'body', label: 'Tekst', type: 'richText', required: true }],
  },
  {
    slug: 'cta',
    labels: { singular: 'Knop', plural: 'Knoppen' },
    fields: [
      { name: 'label', label: 'Tekst op de knop', type: 'text', required: true },
      { name: 'href', label: 'Link', type: 'text', required: true },
    ],
  },
  {
    slug: 'newsletter',
    labels: { singular: 'Nieuwsbriefformulier', plural: 'Nieuwsbriefformulieren' },
    fields: [
      { name: 'heading', label: 'Kop', type: 'text', required: true },
      { name: 'text', label: 'Tekst', type: 'textarea' },
    ],
  },
]

export const LandingPages: CollectionConfig = {
  slug: 'landing-pages',
  labels: { singular: 'Landingspagina', plural: "Landingspagina's" },
  admin: { preview: previewUrl('landing-pages'), useAsTitle: 'title', defaultColumns: ['title', 'channel', 'site', '_status'], group: 'Marketing' },
  access: marketingAccess,
  versions: draftsAndVersions,
  hooks: rebuildOnPublish,
  fields: [
    ...contentBaseFields('landing-pages', 'professionals'),
    reviewField,
    { name: 'channel', label: 'Kanaal', type: 'select', options: options(CHANNELS) },
    {
      name: 'blocks',
      label: 'Blokken',
      labels: { singular: 'Blok', plural: 'Blokken' },
      type: 'blocks',
      required: true,
      minRows: 1,
      blocks,
      validate: requiredMessage('Een landingspagina heeft minstens één blok nodig (veld "Blokken").'),
    },
  ],
}
