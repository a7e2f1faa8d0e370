import type { Access } from 'payload'
import { hasRole } from './roles'

/** Staff (every role) read everything, drafts included; visitors read published documents only. */
export const publishedOrStaff: Access = ({ req: { user } }) => {
  if (hasRole(user, 'admin', 'editor', 'marketer')) return true
  return { _status: { equals: 'published' } }
}

/** Editorial content: admins and editors write; marketers only read it. */
export const editors: Access = ({ req: { user } }) => hasRole(user, 'admin', 'editor')

/** Landing pages and media: the marketers' own collections. */
export const editorsAndMarketers: Access = ({ req: { user } }) => hasRole(user, 'admin', 'editor', 'marketer')

export const staff: Access = ({ req: { user } }) => hasRole(user, 'admin', 'editor', 'marketer')

export const anyone: Access = () => true

/** Version history shows drafts, so only staff may read it. */
export const contentAccess = {
  read: publishedOrStaff,
  readVersions: staff,
  create: editors,
  update: editors,
  delete: editors,
}

export const marketingAccess = {
  read: publishedOrStaff,
  readVersions: staff,
  create: editorsAndMarketers,
  update: editorsAndMarketers,
  delete: editorsAndMarketers,
}
