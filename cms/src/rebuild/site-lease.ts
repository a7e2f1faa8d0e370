/**
 * A lease per site in `rebuild-leases`, so that of several CMS instances on one database only
 * one builds a site at a time. Each step is one SQL statement, atomic on PostgreSQL and SQLite
 * alike: taking a lease is an INSERT … ON CONFLICT DO UPDATE that only overwrites a row whose
 * lease has run out (or is the taker's own) and RETURNs a row only when it did; renewing and
 * releasing touch only the caller's own row. Times are the instances' clocks (ms since 1970):
 * keep them in sync (NTP); a skew shorter than the lease does no harm.
 */
import { hostname } from 'node:os'
import { randomUUID } from 'node:crypto'
import type { Payload } from 'payload'
import { sql } from '@payloadcms/db-postgres'
import type { SiteName } from './affected-sites'

interface SqlDb {
  drizzle: unknown
  execute(args: { drizzle: unknown; sql: unknown }): Promise<{ rows: Record<string, unknown>[] }>
}

const execute = (payload: Payload, statement: unknown) => {
  const db = payload.db as unknown as SqlDb
  return db.execute({ drizzle: db.drizzle, sql: statement })
}

const shared = globalThis as typeof globalThis & { __vspLeaseHolder?: string }

/** This process, as the lease rows name it: host, pid and a random part (pids repeat). */
export function leaseHolder(): string {
  shared.__vspLeaseHolder ??= `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`
  return shared.__vspLeaseHolder
}

/** Takes the lease of each site that is free, expired or already ours; returns those taken. */
export async function acquireLeases(payload: Payload, sites: readonly SiteName[], ttlMs: number, now = Date.now()): Promise<SiteName[]> {
  const holder = leaseHolder()
  const taken: SiteName[] = []
  for (const site of sites) {
    const { rows } = await execute(
      payload,
      sql`
        INSERT INTO "rebuild_leases" ("site", "holder", "expires_at") VALUES (${site}, ${holder}, CAST(${now + ttlMs} AS NUMERIC))
        ON CONFLICT ("site") DO UPDATE SET "holder" = excluded."holder", "expires_at" = excluded."expires_at"
        WHERE "rebuild_leases"."expires_at" <= CAST(${now} AS NUMERIC) OR "rebuild_leases"."holder" = ${holder}
        RETURNING "holder"`,
    )
    if (rows[0]?.holder === holder) taken.push(site)
  }
  return taken
}

/** Extends our leases; returns the sites whose lease we no longer hold (it ran out and was taken). */
export async function renewLeases(payload: Payload, sites: readonly SiteName[], ttlMs: number, now = Date.now()): Promise<SiteName[]> {
  const lost: SiteName[] = []
  for (const site of sites) {
    const { rows } = await execute(
      payload,
      sql`UPDATE "rebuild_leases" SET "expires_at" = CAST(${now + ttlMs} AS NUMERIC)
          WHERE "site" = ${site} AND "holder" = ${leaseHolder()} RETURNING "site"`,
    )
    if (!rows.length) lost.push(site)
  }
  return lost
}

/** Gives our leases back, so another instance need not wait for them to run out. */
export async function releaseLeases(payload: Payload, sites: readonly SiteName[]): Promise<void> {
  for (const site of sites) {
    await execute(payload, sql`DELETE FROM "rebuild_leases" WHERE "site" = ${site} AND "holder" = ${leaseHolder()}`)
  }
}
