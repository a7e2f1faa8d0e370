import type { CollectionConfig } from 'payload'
import { select } from 'payload/shared'
import { COURSE_LEVELS } from '@vsp/content-models'
import { contentAccess } from '../access/content-access'
import { contentBaseFields } from '../fields/content-base'
import { reviewField } from '../fields/review'
import { options } from '../fields/options'
import { requiredMessage } from '../fields/required'
import { rebuildOnPublish } from '../rebuild'
import { draftsAndVersions, livePreview, previewUrl } from './versioning'
import { collectionLabels } from '../admin/collection-nouns'

export const levelField = {
  name: 'level',
  label: 'Niveau',
  type: 'select' as const,
  required: true,
  options: options(COURSE_LEVELS, { basis: 'Basis', verdiepend: 'Verdiepend' }),
  validate: requiredMessage('Kies het niveau: basis of verdiepend (veld "Niveau").', select),
}

export const Courses: CollectionConfig = {
  slug: 'courses',
  labels: collectionLabels('courses'),
  admin: {
    preview: previewUrl('courses'),
    livePreview: livePreview('courses'),
    useAsTitle: 'title',
    defaultColumns: ['title', 'site', '_status'],
    group: 'Cursus',
  },
  access: contentAccess,
  versions: draftsAndVersions,
  hooks: rebuildOnPublish,
  fields: [...contentBaseFields('courses', 'helpers'), reviewField, levelField, { name: 'intro', label: 'Inleiding', type: 'richText' }],
}
