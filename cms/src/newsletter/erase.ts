import { sql } from '@payloadcms/db-sqlite'
import type { Payload } from 'payload'
import { addressHash, normaliseEmail } from './address'
import { inTransaction } from './transaction'

/**
 * Erases a person by their address: their subscriptions (both audiences) and every token go
 * (tokens first); an erasure record with a keyed hash of the address remains. On SQLite the
 * file is then compacted (VACUUM) and the write-ahead log emptied, because deleted and updated
 * rows otherwise linger in free pages and in the log, readable by anyone with the file.
 */
export async function eraseAddress(payload: Payload, email: string, now = new Date()): Promise<{ subscriptions: number }> {
  const address = normaliseEmail(email)
  const subscriptions = await inTransaction(payload, async (req) => {
    const common = { overrideAccess: true, depth: 0, req } as const
    const found = await payload.find({
      collection: 'newsletter-subscriptions',
      where: { email: { equals: address } },
      limit: 10,
      ...common,
    })
    const ids = found.docs.map((doc) => doc.id)
    if (ids.length) {
      await payload.delete({ collection: 'newsletter-tokens', where: { subscription: { in: ids } }, ...common })
      await payload.delete({ collection: 'newsletter-subscriptions', where: { id: { in: ids } }, ...common })
    }
    await payload.create({
      collection: 'newsletter-erasures',
      data: { addressHash: addressHash(address), erasedAt: now.toISOString() },
      ...common,
    })
    return ids.length
  })
  await compactSqlite(payload)
  return { subscriptions }
}

/** SQLite only: VACUUM and an emptied write-ahead log, so deleted rows are not left in the file. */
export async function compactSqlite(payload: Payload): Promise<void> {
  if (payload.db.name !== 'sqlite') return
  const db = payload.db as unknown as { drizzle: { run: (query: ReturnType<typeof sql>) => Promise<unknown> } }
  await db.drizzle.run(sql`VACUUM`)
  await db.drizzle.run(sql`PRAGMA wal_checkpoint(TRUNCATE)`)
}
