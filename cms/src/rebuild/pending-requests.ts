/**
 * The persistent half of the rebuild queue: every request is also a row in `rebuild-requests`,
 * written in the same transaction as the publish that caused it, and removed once a build that
 * started after it is over. What is left when the CMS starts was never built, and runs then.
 */
import type { Payload, PayloadRequest } from 'payload'
import { SITE_NAMES, type SiteName } from './affected-sites'

export const REBUILD_REQUESTS = 'rebuild-requests'
// The collection is not in the generated content types; the Local API wants a known slug.
const collection = REBUILD_REQUESTS as 'checklists'

export async function notePending(req: PayloadRequest, sites: readonly SiteName[]): Promise<void> {
  for (const site of sites) {
    await req.payload.create({ collection, data: { site } as never, req, overrideAccess: true, depth: 0 })
  }
}

/** The sites with a request still open, in the usual order. */
export async function pendingSites(payload: Payload): Promise<SiteName[]> {
  const { docs } = await payload.find({ collection, pagination: false, depth: 0, overrideAccess: true })
  const asked = new Set(docs.map((doc) => (doc as { site?: unknown }).site))
  return SITE_NAMES.filter((site) => asked.has(site))
}

/** Forgets the requests for these sites made up to `before`: a build that started then served them. */
export async function forgetPending(payload: Payload, sites: readonly SiteName[], before: Date): Promise<void> {
  await payload.delete({
    collection,
    where: { and: [{ site: { in: [...sites] } }, { createdAt: { less_than_equal: before.toISOString() } }] },
    overrideAccess: true,
  })
}
