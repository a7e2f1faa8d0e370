import type { Payload } from 'payload'
import { migrations } from '../migrations'

// Any fixed number, the same in every instance: pg_advisory_lock takes a bigint key.
const MIGRATION_LOCK = 7_312_604_915

interface PostgresDb {
  name: string
  pool: { connect(): Promise<{ query(sql: string, values?: unknown[]): Promise<unknown>; release(): void }> }
  migrate(args: { migrations: typeof migrations }): Promise<void>
}

/**
 * Runs the committed migrations that this PostgreSQL database has not had yet, in every process
 * that starts Payload (the CMS server, the seed, the snapshot export, site builds from the CMS),
 * before anything reads a table. Instances that start together wait for each other on an
 * advisory lock, so each migration runs once. SQLite keeps its development push (README,
 * "Database"). `payload migrate` (PAYLOAD_MIGRATING=true) runs them itself.
 */
export async function migrateOnInit(payload: Payload): Promise<void> {
  const db = payload.db as unknown as PostgresDb
  if (db.name !== 'postgres' || process.env.PAYLOAD_MIGRATING === 'true') return
  const client = await db.pool.connect()
  try {
    await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK])
    await db.migrate({ migrations })
  } finally {
    await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined)
    client.release()
  }
}
