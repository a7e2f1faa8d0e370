import type { CollectionConfig } from 'payload'
import { editorsAndMarketers, staff } from '../access/content-access'
import { MAX_UPLOAD_PIXELS } from '../hooks/image-upload-limits'
import { refuseOversizedImage } from '../hooks/refuse-oversized-image'
import { requiredMessage } from '../fields/required'
import { mediaDir } from '../lib/paths'
import { rebuildOnPublish } from '../rebuild'
import { collectionLabels } from '../admin/collection-nouns'

export const Media: CollectionConfig = {
  slug: 'media',
  labels: collectionLabels('media'),
  admin: { useAsTitle: 'alt', group: 'Inhoud' },
  // Staff only, files included: the sites get the images they show at build time (the snapshot
  // export reads media with the Local API), so visitors need no list of every upload (CWE-200).
  access: { read: staff, create: editorsAndMarketers, update: editorsAndMarketers, delete: editorsAndMarketers },
  hooks: { ...rebuildOnPublish, beforeOperation: [refuseOversizedImage] },
  upload: {
    staticDir: mediaDir,
    mimeTypes: ['image/*'],
    // Any constructor option makes Payload re-encode the original with sharp, which drops EXIF
    // (GPS, camera serial) because `withMetadata` stays off: the stored original is the new file.
    constructorOptions: { limitInputPixels: MAX_UPLOAD_PIXELS },
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
      validate: requiredMessage('Beschrijf wat er op de afbeelding staat, voor wie hem niet kan zien (veld "Alternatieve tekst").'),
    },
    { name: 'caption', label: 'Bijschrift', type: 'text' },
  ],
}
