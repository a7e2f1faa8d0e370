import type { CollectionConfig } from 'payload'
import { ROLE_LABELS, ROLES } from '@vsp/content-models'
import { adminOrSelf, admins, adminsOnlyField } from '../access/user-access'
import { options } from '../fields/options'
import { secureCookies } from '../lib/paths'
import { guardUsers } from '../auth/guard-users'
import { collectionLabels } from '../admin/collection-nouns'

export const Users: CollectionConfig = {
  slug: 'users',
  labels: collectionLabels('users'),
  // The login cookie is Secure unless the admin runs on plain http (local development and tests).
  // No maxLoginAttempts: its lock let anyone keep a staff member out; failed logins are
  // throttled per account and client instead (auth/guard-users.ts).
  auth: { maxLoginAttempts: 0, cookies: { secure: secureCookies() } },
  admin: { useAsTitle: 'email', defaultColumns: ['email', 'name', 'role'], group: 'Beheer' },
  access: { read: adminOrSelf, create: admins, update: adminOrSelf, delete: admins, unlock: admins },
  hooks: { beforeOperation: [guardUsers] },
  fields: [
    {
      // Asked when someone changes their own password; checked and dropped, never stored.
      name: 'currentPassword',
      label: 'Huidig wachtwoord (nodig om uw eigen wachtwoord te wijzigen)',
      type: 'text',
      virtual: true,
      admin: {
        components: { Field: '@payloadcms/ui#PasswordField' },
        condition: (data, _sibling, { user }) => Boolean(user && data?.id !== undefined && String(user.id) === String(data.id)),
      },
      access: { read: () => false },
    },
    { name: 'name', label: 'Naam', type: 'text', required: true },
    {
      name: 'role',
      label: 'Rol',
      type: 'select',
      required: true,
      defaultValue: 'editor',
      options: options(ROLES, ROLE_LABELS),
      saveToJWT: true,
      access: { create: adminsOnlyField, update: adminsOnlyField },
    },
  ],
}
