import type { Field, FieldAccess } from 'payload'
import { DEFAULT_REVIEW_INTERVAL_MONTHS, REVIEW_STATUS_LABELS, REVIEW_STATUSES } from '@vsp/content-models'
import { hasRole } from '../access/roles'
import { options } from './options'

/** Owners, sources and notes are the editors' working notes: not for visitors, not in the snapshot. */
const staffOnly: FieldAccess = ({ req: { user } }) => hasRole(user, 'admin', 'editor', 'marketer')

type Siblings = { status?: string | null }

/**
 * The review record (content-models `review`), one group in the sidebar of every content
 * collection. The sites show "Laatst gecontroleerd op …" from `lastChecked` when the status
 * is not "Niet gecontroleerd"; the admin view "Te controleren" lists what is past its date.
 */
export const reviewField: Field = {
  name: 'review',
  label: 'Controle',
  type: 'group',
  admin: {
    position: 'sidebar',
    description: 'Wie houdt deze pagina bij, op welke bronnen rust wat er staat, en wanneer is het gecontroleerd?',
  },
  fields: [
    {
      name: 'owner',
      label: 'Eigenaar',
      type: 'text',
      access: { read: staffOnly },
      admin: { description: 'Het team of de persoon die de inhoud bijhoudt, bijvoorbeeld "Redactie helpers".' },
    },
    {
      name: 'status',
      label: 'Stand van de controle',
      type: 'select',
      defaultValue: 'unverified',
      options: options(REVIEW_STATUSES, REVIEW_STATUS_LABELS),
    },
    {
      name: 'lastChecked',
      label: 'Laatst gecontroleerd',
      type: 'date',
      admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'd MMMM yyyy' } },
      validate: (value: unknown, { siblingData }: { siblingData?: Siblings }) =>
        value || !siblingData?.status || siblingData.status === 'unverified'
          ? true
          : 'Vul in wanneer u de inhoud heeft gecontroleerd (veld "Laatst gecontroleerd"), of kies "Niet gecontroleerd".',
    },
    {
      name: 'reviewIntervalMonths',
      label: 'Opnieuw controleren na (maanden)',
      type: 'number',
      min: 1,
      defaultValue: DEFAULT_REVIEW_INTERVAL_MONTHS,
    },
    {
      name: 'sources',
      label: 'Bronnen',
      type: 'array',
      access: { read: staffOnly },
      labels: { singular: 'Bron', plural: 'Bronnen' },
      admin: { description: 'De pagina van de organisatie of de overheid zelf, en wat die bron onderbouwt.' },
      fields: [
        { name: 'url', label: 'Adres (URL)', type: 'text', required: true },
        { name: 'supports', label: 'Wat deze bron onderbouwt', type: 'textarea', required: true },
        { name: 'verified', label: 'Gecontroleerd bij deze bron', type: 'checkbox', defaultValue: false },
      ],
    },
    {
      name: 'note',
      label: 'Niet gecontroleerd / opmerkingen',
      type: 'textarea',
      access: { read: staffOnly },
    },
  ],
}
