/**
 * The persistent half of the rebuild queue: every request is also a row in `rebuild-requests`,
 * written in the same transaction as the publish that caused it, and removed by the build that
 * served it. A build removes exactly the rows it saw before it started (by id, not by time: a
 * row written just before the build but committed after it is not in that build, and stays).
 * What is left when the CMS starts was never built, and runs then; what another CMS instance
 * asked for while this one built is left too, and the builder sees it (cms/src/rebuild/leased-rebuild.ts).
 */
import type { Payload, PayloadRequest } from 'payload'
import { SITE_NAMES, type SiteName } from './affected-sites'

export const REBUILD_REQUESTS = 'rebuild-requests'
// The collection is not in the generated content types; the Local API wants a known slug.
const collection = REBUILD_REQUESTS as 'checklists'

export interface PendingRow {
  id: number | string
  site: SiteName
}

export async function notePending(req: PayloadRequest, sites: readonly SiteName[]): Promise<void> {
  for (const site of sites) {
    await req.payload.create({ collection, data: { site } as never, req, overrideAccess: true, depth: 0 })
  }
}

/** The open requests (of these sites, or all), as committed now. */
export async function pendingRows(payload: Payload, sites: readonly SiteName[] = SITE_NAMES): Promise<PendingRow[]> {
  const { docs } = await payload.find({
    collection,
    where: { site: { in: [...sites] } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  return docs.map((doc) => ({ id: doc.id, site: (doc as { site?: unknown }).site as SiteName }))
}

/** The sites with a request still open, in the usual order. */
export async function pendingSites(payload: Payload, sites: readonly SiteName[] = SITE_NAMES): Promise<SiteName[]> {
  const asked = new Set((await pendingRows(payload, sites)).map((row) => row.site))
  return SITE_NAMES.filter((site) => asked.has(site))
}

/** Forgets the requests a finished build saw before it started. */
export async function forgetRows(payload: Payload, rows: readonly PendingRow[]): Promise<void> {
  if (!rows.length) return
  await payload.delete({ collection, where: { id: { in: rows.map((row) => row.id) } }, overrideAccess: true })
}
