import type { CollectionConfig } from 'payload'
import { CHANNELS } from '@vsp/content-models'
import { landingBlocks } from '../blocks/landing-blocks'
import { marketingAccess } from '../access/content-access'
import { contentBaseFields } from '../fields/content-base'
import { reviewField } from '../fields/review'
import { options } from '../fields/options'
import { requiredMessage } from '../fields/required'
import { rebuildOnPublish } from '../rebuild'
import { draftsAndVersions, livePreview, previewUrl } from './versioning'
import { collectionLabels } from '../admin/collection-nouns'

export const LandingPages: CollectionConfig = {
  slug: 'landing-pages',
  labels: collectionLabels('landing-pages'),
  admin: {
    preview: previewUrl('landing-pages'),
    livePreview: livePreview('landing-pages'),
    useAsTitle: 'title',
    defaultColumns: ['title', 'channel', 'site', '_status'],
    group: 'Marketing',
  },
  access: marketingAccess,
  versions: draftsAndVersions,
  hooks: rebuildOnPublish,
  fields: [
    ...contentBaseFields('landing-pages', 'professionals'),
    reviewField,
    {
      name: 'seoTitle',
      label: 'SEO-titel',
      type: 'text',
      admin: { description: 'Titel in zoekmachines en bij delen. Leeg: de titel.' },
    },
    {
      name: 'seoDescription',
      label: 'SEO-omschrijving',
      type: 'textarea',
      admin: { description: 'Eén of twee zinnen voor zoekmachines en bij delen. Leeg: de samenvatting.' },
    },
    {
      name: 'channel',
      label: 'Kanaal',
      type: 'select',
      options: options(CHANNELS),
      admin: { description: 'Het kanaal van de campagne; gaat mee met elke aanmelding voor de nieuwsbrief op deze pagina.' },
    },
    {
      name: 'blocks',
      label: 'Blokken',
      labels: { singular: 'Blok', plural: 'Blokken' },
      type: 'blocks',
      required: true,
      minRows: 1,
      blocks: landingBlocks,
      validate: requiredMessage('Een landingspagina heeft minstens één blok nodig (veld "Blokken").'),
    },
  ],
}
