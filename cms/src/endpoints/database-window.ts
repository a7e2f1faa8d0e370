import type { Payload } from 'payload'
import { sql } from '@payloadcms/db-postgres'
import type { RateLimit } from './rate-limit'

interface SqlDb {
  drizzle: unknown
  execute(args: { drizzle: unknown; sql: unknown }): Promise<{ rows: Record<string, unknown>[] }>
}

/**
 * A fixed window like `fixedWindow`, counted in the `rate-limits` table, so that every CMS
 * instance on the same database shares it. One statement takes a call: it opens a new window
 * when the old one is over and counts the call, atomically, on PostgreSQL and SQLite alike
 * (INSERT … ON CONFLICT DO UPDATE … RETURNING), so concurrent instances cannot both take the
 * last place.
 */
export function databaseWindow(name: string, now: () => number = Date.now) {
  return (limit: number, windowMs: number): RateLimit => ({
    async take(payload?: Payload) {
      if (!payload) throw new Error(`rate limit ${name}: needs the Payload instance`)
      const time = now()
      const cutoff = time - windowMs
      const db = payload.db as unknown as SqlDb
      const { rows } = await db.execute({
        drizzle: db.drizzle,
        sql: sql`
          INSERT INTO "rate_limits" ("name", "window_start", "used") VALUES (${name}, CAST(${time} AS NUMERIC), 1)
          ON CONFLICT ("name") DO UPDATE SET
            "used" = CASE WHEN "rate_limits"."window_start" <= CAST(${cutoff} AS NUMERIC) THEN 1 ELSE "rate_limits"."used" + 1 END,
            "window_start" = CASE WHEN "rate_limits"."window_start" <= CAST(${cutoff} AS NUMERIC) THEN CAST(${time} AS NUMERIC) ELSE "rate_limits"."window_start" END
          RETURNING "used", "window_start"`,
      })
      const used = Number(rows[0]?.used)
      const windowStart = Number(rows[0]?.window_start)
      if (used <= limit) return 0
      return Math.max(1, Math.ceil((windowStart + windowMs - time) / 1000))
    },
  })
}
