import path from 'node:path'
import fs from 'node:fs'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { cmsDir, databaseUrl, isPostgres } from './paths'

/** The committed PostgreSQL migrations (`payload migrate:create` writes them here). */
export const migrationDir = path.join(cmsDir, 'src/migrations')

/** DATABASE_REPLICA_URLS: read replicas, comma-separated; reads go there, writes to DATABASE_URL. */
export function replicaUrls(): string[] {
  return (process.env.DATABASE_REPLICA_URLS ?? '')
    .split(',')
    .map((url) => url.trim())
    .filter(Boolean)
}

/**
 * SQLite file by default; PostgreSQL when DATABASE_URL is a postgres:// URL. PostgreSQL never
 * pushes its schema, not even in development: the tables come from the committed migrations
 * only (cms/src/migrations/README.md), run by scripts/migrate.ts and by `next start` itself.
 */
export function databaseAdapter() {
  const url = databaseUrl()
  if (isPostgres(url)) {
    const replicas = replicaUrls()
    return postgresAdapter({
      pool: { connectionString: url },
      push: false,
      migrationDir,
      ...(replicas.length ? { readReplicas: replicas } : {}),
    })
  }
  const file = url.replace(/^file:/, '')
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true })
  // WAL lets the snapshot export read while visitors' events are written; the busy timeout
  // makes a writer wait for the lock instead of failing with SQLITE_BUSY.
  return sqliteAdapter({ client: { url: `file:${path.resolve(file)}` }, wal: true, busyTimeout: 5000 })
}
