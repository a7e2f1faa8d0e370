import type { Field } from 'payload'
import { SITE_LABELS, SITES } from '@vsp/content-models'
import { formatSlug } from '../hooks/format-slug'
import { uniqueSlugPerSite } from '../hooks/unique-slug-per-site'
import { options } from './options'

/** title, slug, site, summary: the fields every content document has (content-models `contentBase`). */
export const contentBaseFields = (collection: string, defaultSite: (typeof SITES)[number] = 'helpers'): Field[] => [
  {
    name: 'title',
    label: 'Titel',
    type: 'text',
    required: true,
    validate: (value: string | null | undefined) => (value?.trim() ? true : 'Geef dit document een titel.'),
  },
  {
    name: 'slug',
    label: 'Slug (webadres)',
    type: 'text',
    index: true,
    validate: uniqueSlugPerSite(collection),
    hooks: { beforeValidate: [formatSlug] },
    admin: {
      position: 'sidebar',
      description: 'Wordt uit de titel gemaakt als u hem leeg laat. Uniek per site.',
    },
  },
  {
    name: 'site',
    label: 'Site',
    type: 'select',
    required: true,
    defaultValue: defaultSite,
    options: options(SITES, SITE_LABELS),
    admin: { position: 'sidebar' },
  },
  {
    name: 'summary',
    label: 'Samenvatting',
    type: 'textarea',
    admin: { description: 'Eén zin; verschijnt in zoekresultaten en als omschrijving in Google.' },
  },
]
