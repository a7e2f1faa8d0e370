/**
 * A rebuild under the sites' leases (site-lease.ts), so that several CMS instances on one
 * database never build one site at the same time. A site whose lease another instance holds is
 * handed back to the queue as busy: its requests stay in `rebuild-requests` and the queue tries
 * again later. The holder renews its leases while it builds and, before giving them back, looks
 * at the requests again: what another instance asked for during the build is built at once, in
 * the same turn, so no request waits on an instance that has gone. A site that waited for the
 * lease, or whose request came from the database at start-up, is built only if a request is
 * still open by then: the other instance may have built it meanwhile.
 */
import type { Payload } from 'payload'
import { SITE_NAMES, type SiteName } from './affected-sites'
import { forgetRows, pendingRows } from './pending-requests'
import type { RunOutcome } from './rebuild-queue'
import { acquireLeases, releaseLeases, renewLeases } from './site-lease'

export interface LeasedRebuildOptions {
  /** How long a lease lasts without renewal; renewed every third of it while building. */
  ttlMs: number
  /** The sites this process's queue has waiting: its next turn builds them, so this one leaves them. */
  waitingHere: () => readonly SiteName[]
}

export interface LeasedRebuild {
  run(sites: SiteName[]): Promise<RunOutcome>
  /** These sites are built next time only if a request for them is still open. */
  onlyIfOpen(sites: readonly SiteName[]): void
  /** A change made here asks for these: built in any case (its row may not be committed yet). */
  asked(sites: readonly SiteName[]): void
}

export const DEFAULT_LEASE_MS = 60_000

export function leasedRebuild(
  payload: Payload,
  build: (sites: SiteName[]) => Promise<string | undefined>,
  { ttlMs, waitingHere }: LeasedRebuildOptions,
): LeasedRebuild {
  const conditional = new Set<SiteName>()
  const ordered = (sites: Iterable<SiteName>) => {
    const set = new Set(sites)
    return SITE_NAMES.filter((site) => set.has(site))
  }

  async function underLease(held: SiteName[]): Promise<string | undefined> {
    let rows = await pendingRows(payload, held)
    const open = new Set(rows.map((row) => row.site))
    let todo = held.filter((site) => !conditional.has(site) || open.has(site))
    for (const site of held) conditional.delete(site)
    const details: string[] = []
    while (todo.length) {
      const seen = rows.filter((row) => todo.includes(row.site))
      const detail = await build(todo)
      if (detail) details.push(detail)
      await forgetRows(payload, seen)
      // Asked for on another instance during this build (it waits for the lease): build it now.
      const here = new Set(waitingHere())
      rows = await pendingRows(payload, held)
      todo = ordered(rows.map((row) => row.site).filter((site) => !here.has(site)))
      if (todo.length) console.log(`[rebuild] ${todo.join(', ')}: intussen gevraagd op een andere CMS-instantie; meteen nog een keer`)
    }
    return details.join('; ') || undefined
  }

  return {
    async run(sites) {
      const held = await acquireLeases(payload, sites, ttlMs)
      const busy = sites.filter((site) => !held.includes(site))
      if (busy.length) {
        console.log(`[rebuild] ${busy.join(', ')}: een andere CMS-instantie werkt bij; straks een nieuwe poging`)
        for (const site of busy) conditional.add(site)
      }
      if (!held.length) return { busy }
      const renewal = setInterval(() => {
        renewLeases(payload, held, ttlMs)
          .then((lost) => lost.length && console.error(`[rebuild] ${lost.join(', ')}: bouwslot verlopen tijdens de build`))
          .catch((error) => console.error('[rebuild] could not renew the lease:', (error as Error).message))
      }, ttlMs / 3)
      try {
        return { detail: await underLease(held), busy }
      } finally {
        clearInterval(renewal)
        await releaseLeases(payload, held).catch((error) =>
          console.error('[rebuild] could not release the lease:', (error as Error).message),
        )
      }
    },
    onlyIfOpen(sites) {
      for (const site of sites) conditional.add(site)
    },
    asked(sites) {
      for (const site of sites) conditional.delete(site)
    },
  }
}
