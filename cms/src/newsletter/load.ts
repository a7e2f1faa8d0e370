import type { SiteName } from '@vsp/content-models'
import type { Payload } from 'payload'
import { stringify } from 'csv-stringify/sync'
import { countSubscriptions, type NewsletterCounts, type SubscriptionRow } from './counts'

/** The counts for the admin view, read on the server for a user already checked by the caller. */
export async function loadNewsletterCounts(payload: Payload): Promise<NewsletterCounts> {
  const { docs } = await payload.find({
    collection: 'newsletter-subscriptions',
    pagination: false,
    depth: 0,
    select: { audience: true, status: true, page: true },
    overrideAccess: true,
  })
  return countSubscriptions(docs as SubscriptionRow[])
}

export const EXPORT_COLUMNS = ['email', 'audience', 'confirmedAt', 'consentVersion'] as const

/** The confirmed subscribers of one audience as CSV, for the mailing tool. Nothing else is exported. */
export async function exportConfirmedCsv(payload: Payload, audience: SiteName): Promise<string> {
  const { docs } = await payload.find({
    collection: 'newsletter-subscriptions',
    where: { and: [{ audience: { equals: audience } }, { status: { equals: 'confirmed' } }] },
    pagination: false,
    sort: 'confirmedAt',
    depth: 0,
    select: { email: true, audience: true, confirmedAt: true, consentVersion: true },
    overrideAccess: true,
  })
  return stringify(
    docs.map((doc) => EXPORT_COLUMNS.map((column) => doc[column] ?? '')),
    // An address may begin with + or -; a spreadsheet would run it as a formula (CWE-1236).
    { header: true, columns: [...EXPORT_COLUMNS], escape_formulas: true },
  )
}
