import type { CollectionConfig } from 'payload'
import { select, upload } from 'payload/shared'
import { VIDEO_KIND_LABELS, VIDEO_KINDS } from '@vsp/content-models'
import { contentAccess } from '../access/content-access'
import { contentBaseFields } from '../fields/content-base'
import { reviewField } from '../fields/review'
import { options } from '../fields/options'
import { requiredMessage } from '../fields/required'
import { webAddress } from '../fields/web-address'
import { rebuildOnPublish } from '../rebuild'
import { draftsAndVersions, livePreview, previewUrl } from './versioning'
import { collectionLabels } from '../admin/collection-nouns'

const httpsUrl = (value: string | null | undefined) =>
  !value
    ? 'Vul het adres van de video bij de videodienst in (veld "Video-adres").'
    : /^https:\/\/\S+$/.test(value)
      ? true
      : 'Het video-adres moet een volledig https-adres zijn (veld "Video-adres").'

export const Videos: CollectionConfig = {
  slug: 'videos',
  labels: collectionLabels('videos'),
  admin: {
    preview: previewUrl('videos'),
    livePreview: livePreview('videos'),
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'site', '_status'],
    group: 'Inhoud',
  },
  access: contentAccess,
  versions: draftsAndVersions,
  hooks: rebuildOnPublish,
  fields: [
    ...contentBaseFields('videos', 'helpers'),
    reviewField,
    {
      name: 'kind',
      label: 'Soort',
      type: 'select',
      required: true,
      options: options(VIDEO_KINDS, VIDEO_KIND_LABELS),
      validate: requiredMessage('Kies de soort video (veld "Soort").', select),
    },
    {
      name: 'hostingUrl',
      label: 'Video-adres',
      type: 'text',
      required: true,
      validate: httpsUrl,
      admin: { description: 'Het adres bij de videodienst. Bezoekers laden de video pas na een klik op afspelen.' },
    },
    {
      name: 'poster',
      label: 'Afbeelding vooraf',
      type: 'upload',
      relationTo: 'media',
      required: true,
      validate: requiredMessage('Kies een afbeelding die vóór het afspelen getoond wordt (veld "Afbeelding vooraf").', upload),
    },
    {
      name: 'durationSeconds',
      label: 'Duur (seconden)',
      type: 'number',
      required: true,
      min: 1,
      validate: requiredMessage('Vul de duur van de video in seconden in (veld "Duur").'),
    },
    {
      name: 'captionsUrl',
      label: 'Ondertitels (WebVTT-adres)',
      type: 'text',
      validate: webAddress('Ondertitels (WebVTT-adres)'),
    },
    {
      name: 'transcript',
      label: 'Transcript',
      type: 'textarea',
      required: true,
      validate: requiredMessage(
        'Een video heeft een volledig transcript nodig, zodat ook doven, slechthorenden en wie geen geluid kan afspelen de inhoud krijgen (veld "Transcript").',
      ),
    },
  ],
}
