import type { Access, FieldAccess } from 'payload'
import { hasRole } from './roles'

/** Only admins manage accounts; everyone else sees and edits only their own. */
export const adminOrSelf: Access = ({ req: { user } }) => {
  if (!user) return false
  if (hasRole(user, 'admin')) return true
  return { id: { equals: user.id } }
}

export const admins: Access = ({ req: { user } }) => hasRole(user, 'admin')

/** A user may not raise their own role: the role field is writable by admins only. */
export const adminsOnlyField: FieldAccess = ({ req: { user } }) => hasRole(user, 'admin')
