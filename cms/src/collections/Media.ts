import type { CollectionConfig } from 'payload'
import { editorsAndMarketers, anyone } from '../access/content-access'
import { requiredMessage } from '../fields/required'
import { mediaDir } from '../lib/paths'
import { rebuildOnPublish } from '../rebuild'

export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: 'Afbeelding', plural: 'Media' },
  admin: { useAsTitle: 'alt', group: 'Inhoud' },
  access: { read: anyone, create: editorsAndMarketers, update: editorsAndMarketers, delete: editorsAndMarketers },
  hooks: rebuildOnPublish,
  upload: {
    staticDir: mediaDir,
    mimeTypes: ['image/*'],
    // Responsive sizes for srcset on the sites; WebP keeps phone downloads small.
    imageSizes: [
      { name: 'small', width: 480, formatOptions: { format: 'webp', options: { quality: 78 } } },
      { name: 'medium', width: 960, formatOptions: { format: 'webp', options: { quality: 78 } } },
      { name: 'large', width: 1600, formatOptions: { format: 'webp', options: { quality: 78 } } },
    ],
    adminThumbnail: 'small',
  },
  fields: [
    {
      name: 'alt',
      label: 'Alternatieve tekst',
      type: 'text',
      required: true,
      validate: requiredMessage(
        'Beschrijf wat er op de afbeelding staat, voor wie hem niet kan zien (veld "Alternatieve tekst").',
      ),
    },
    { name: 'caption', label: 'Bijschrift', type: 'text' },
  ],
}
