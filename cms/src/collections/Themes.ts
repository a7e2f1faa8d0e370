import type { CollectionConfig } from 'payload'
import { DELICT_LABELS, DELICTS, THEME_SECTION_LABELS, THEME_SECTIONS } from '@vsp/content-models'
import { newsletterBlock } from '../blocks/newsletter-block'
import { contentAccess } from '../access/content-access'
import { contentBaseFields } from '../fields/content-base'
import { reviewField } from '../fields/review'
import { options } from '../fields/options'
import { requiredMessage } from '../fields/required'
import { select } from 'payload/shared'
import { rebuildOnPublish } from '../rebuild'
import { draftsAndVersions, livePreview, previewUrl } from './versioning'
import { collectionLabels } from '../admin/collection-nouns'

export const Themes: CollectionConfig = {
  slug: 'themes',
  labels: collectionLabels('themes'),
  admin: {
    preview: previewUrl('themes'),
    livePreview: livePreview('themes'),
    useAsTitle: 'title',
    defaultColumns: ['title', 'section', 'site', '_status'],
    group: 'Inhoud',
  },
  access: contentAccess,
  versions: draftsAndVersions,
  hooks: rebuildOnPublish,
  fields: [
    ...contentBaseFields('themes', 'helpers'),
    reviewField,
    {
      name: 'section',
      label: 'Onderdeel',
      type: 'select',
      required: true,
      options: options(THEME_SECTIONS, THEME_SECTION_LABELS),
      validate: requiredMessage('Kies het onderdeel van de site waar deze pagina onder valt (veld "Onderdeel").', select),
    },
    { name: 'order', label: 'Volgorde', type: 'number', admin: { position: 'sidebar' } },
    { name: 'delicts', label: 'Delicten', type: 'select', hasMany: true, options: options(DELICTS, DELICT_LABELS) },
    {
      name: 'body',
      label: 'Tekst',
      type: 'richText',
      required: true,
      validate: requiredMessage('Een themapagina heeft tekst nodig (veld "Tekst").'),
    },
    {
      name: 'blocks',
      label: 'Blokken onder de tekst',
      labels: { singular: 'Blok', plural: 'Blokken' },
      type: 'blocks',
      blocks: [newsletterBlock],
      admin: { description: 'Bijvoorbeeld het aanmeldformulier voor de nieuwsbrief.' },
    },
  ],
}
