/**
 * Back-up and restore for PostgreSQL (DATABASE_URL=postgres://…): `pg_dump` in its custom format
 * (a consistent snapshot while the CMS keeps writing: one transaction) and `pg_restore` into an
 * empty database, with the uploads copied beside it, as for SQLite. Needs the PostgreSQL client
 * programs of the server's major version or newer (Debian: postgresql-client).
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import pg from 'pg'
import { copyFiles, type Manifest } from './backup'

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return await work(client)
  } finally {
    await client.end()
  }
}

async function tableRowsOf(client: pg.Client): Promise<Record<string, number>> {
  const tables = await client.query<{ name: string }>(
    "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1",
  )
  const rows: Record<string, number> = {}
  for (const { name } of tables.rows) {
    rows[name] = Number((await client.query<{ n: string }>(`SELECT count(*) AS n FROM "public"."${name}"`)).rows[0].n)
  }
  return rows
}

/** Rows per table of the public schema: what a backup and its restore are compared on. */
export const postgresTableRows = (url: string) => withClient(url, tableRowsOf)

function run(program: string, args: string[]): void {
  const result = spawnSync(program, args, { encoding: 'utf8' })
  if (result.error) throw new Error(`${program} niet gevonden: installeer de PostgreSQL-clientprogramma's (${result.error.message})`)
  if (result.status !== 0) throw new Error(`${program} is mislukt (exit ${result.status}): ${result.stderr.trim()}`)
}

/** Backs up the database and the media folder into `target` (which must not exist yet). */
export async function backupPostgres({ url, media, target }: { url: string; media: string; target: string }): Promise<Manifest> {
  if (fs.existsSync(target)) throw new Error(`${target} bestaat al; kies een nieuwe map voor de back-up.`)
  fs.mkdirSync(target, { recursive: true })
  const file = path.join(target, 'cms.pgdump')
  // One snapshot for the dump and the counts: the manifest says what the dump holds, while
  // visitors' events keep arriving in the live database.
  const rows = await withClient(url, async (client) => {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY')
    const snapshot = (await client.query<{ id: string }>('SELECT pg_export_snapshot() AS id')).rows[0].id
    const counted = await tableRowsOf(client)
    run('pg_dump', ['--format=custom', '--no-owner', '--no-privileges', `--snapshot=${snapshot}`, '--file', file, '--dbname', url])
    await client.query('COMMIT')
    return counted
  })
  const manifest: Manifest = {
    createdAt: new Date().toISOString(),
    database: { file: 'cms.pgdump', bytes: fs.statSync(file).size, rows },
    media: copyFiles(media, path.join(target, 'media')),
  }
  fs.writeFileSync(path.join(target, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`)
  return manifest
}

/**
 * Restores a backup into an empty database: refuses when it already has tables, so that a
 * restore never overwrites live data by mistake. Start the CMS on it afterwards.
 */
export async function restorePostgres({ source, url, media }: { source: string; url: string; media: string }): Promise<Manifest> {
  const manifest = JSON.parse(fs.readFileSync(path.join(source, 'manifest.json'), 'utf8')) as Manifest
  const tables = Object.keys(await postgresTableRows(url))
  if (tables.length) throw new Error(`de database heeft al ${tables.length} tabellen: zet een back-up alleen terug in een lege database.`)
  run('pg_restore', [
    '--no-owner',
    '--no-privileges',
    '--exit-on-error',
    '--single-transaction',
    '--dbname',
    url,
    path.join(source, manifest.database.file),
  ])
  const restored = await postgresTableRows(url)
  const differing = Object.keys(manifest.database.rows).filter((table) => restored[table] !== manifest.database.rows[table])
  if (differing.length) throw new Error(`na het terugzetten wijken deze tabellen af van de back-up: ${differing.join(', ')}`)
  const copied = copyFiles(path.join(source, 'media'), media)
  if (copied.files !== manifest.media.files) throw new Error(`${copied.files} van de ${manifest.media.files} mediabestanden teruggezet`)
  return manifest
}
