import type { CollectionConfig } from 'payload'
import { ROLE_LABELS, ROLES } from '@vsp/content-models'
import { adminOrSelf, admins, adminsOnlyField } from '../access/user-access'
import { options } from '../fields/options'
import { secureCookies } from '../lib/paths'

export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: 'Gebruiker', plural: 'Gebruikers' },
  // The login cookie is Secure unless the admin runs on plain http (local development and tests).
  auth: { maxLoginAttempts: 10, lockTime: 10 * 60 * 1000, cookies: { secure: secureCookies() } },
  admin: { useAsTitle: 'email', defaultColumns: ['email', 'name', 'role'], group: 'Beheer' },
  access: { read: adminOrSelf, create: admins, update: adminOrSelf, delete: admins, unlock: admins },
  fields: [
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
