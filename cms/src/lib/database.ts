import path from 'node:path'
import fs from 'node:fs'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { databaseUrl, isPostgres } from './paths'

/** SQLite file by default; PostgreSQL when DATABASE_URL is a postgres:// URL. */
export function databaseAdapter() {
  const url = databaseUrl()
  if (isPostgres(url)) return postgresAdapter({ pool: { connectionString: url } })
  const file = url.replace(/^file:/, '')
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true })
  // WAL lets the snapshot export read while visitors' events are written; the busy timeout
  // makes a writer wait for the lock instead of failing with SQLITE_BUSY.
  return sqliteAdapter({ client: { url: `file:${path.resolve(file)}` }, wal: true, busyTimeout: 5000 })
}
