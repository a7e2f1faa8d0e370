import { CONTACT_KIND_LABELS, type Organisation } from '@vsp/content-models'
import { lastChecked, LAST_CHECKED_LABEL } from '../content/last-checked'

/** The text of OrganisationList: per organisation its name, what it helps with, its contacts and check date. */
export function organisationListText(organisations: readonly Organisation[]): string[] {
  return organisations.flatMap((o) => {
    const checked = lastChecked(o.review)
    return [
      o.title,
      o.helpsWith,
      ...o.contacts.map((c) => `${CONTACT_KIND_LABELS[c.kind]}: ${c.label}${c.hours ? ` (${c.hours})` : ''}`),
      checked ? `${LAST_CHECKED_LABEL} ${checked.date}` : '',
    ]
  })
}
