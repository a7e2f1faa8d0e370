import fs from 'node:fs'
import path from 'node:path'
import { backup, DatabaseSync } from 'node:sqlite'

export interface Manifest {
  createdAt: string
  database: { file: 'cms.db' | 'cms.pgdump'; bytes: number; rows: Record<string, number> }
  media: { files: number; bytes: number }
}

/** Rows per table: what a backup and its restore are compared on. */
export function tableRows(file: string): Record<string, number> {
  const db = new DatabaseSync(file, { readOnly: true })
  try {
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as {
      name: string
    }[]
    return Object.fromEntries(
      tables.map(({ name }) => [name, Number((db.prepare(`SELECT count(*) AS n FROM "${name}"`).get() as { n: number }).n)]),
    )
  } finally {
    db.close()
  }
}

/**
 * SQLite's own check of every page and index: "ok", or what is broken. Opened for writing, so
 * that a write-ahead log left by a crashed process is recovered first, as the CMS would.
 */
export function integrity(file: string): string {
  const db = new DatabaseSync(file)
  try {
    return (db.prepare('PRAGMA integrity_check').all() as { integrity_check: string }[]).map((row) => row.integrity_check).join('; ')
  } finally {
    db.close()
  }
}

/**
 * SQLite's online backup API (node:sqlite): a consistent copy while the CMS keeps writing; pages
 * that change during the copy are copied again. A plain file copy of a WAL database is not safe.
 */
async function copyDatabase(source: string, target: string): Promise<void> {
  const db = new DatabaseSync(source)
  try {
    db.exec('PRAGMA busy_timeout = 5000')
    await backup(db, target, { rate: 200 })
  } finally {
    db.close()
  }
}

export function copyFiles(from: string, to: string): { files: number; bytes: number } {
  let files = 0
  let bytes = 0
  if (!fs.existsSync(from)) return { files, bytes }
  for (const entry of fs.readdirSync(from, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue
    const source = path.join(entry.parentPath, entry.name)
    const target = path.join(to, path.relative(from, source))
    fs.mkdirSync(path.dirname(target), { recursive: true })
    // Uploads are written once and never changed in place, so a copy of each file is consistent.
    fs.copyFileSync(source, target)
    files++
    bytes += fs.statSync(target).size
  }
  return { files, bytes }
}

/** Backs up the database file and the media folder into `target` (which must not exist yet). */
export async function backupInstance({ database, media, target }: { database: string; media: string; target: string }): Promise<Manifest> {
  if (fs.existsSync(target)) throw new Error(`${target} bestaat al; kies een nieuwe map voor de back-up.`)
  fs.mkdirSync(target, { recursive: true })
  const file = path.join(target, 'cms.db')
  await copyDatabase(database, file)
  const check = integrity(file)
  if (check !== 'ok') throw new Error(`de back-up van de database is niet in orde: ${check}`)
  const manifest: Manifest = {
    createdAt: new Date().toISOString(),
    database: { file: 'cms.db', bytes: fs.statSync(file).size, rows: tableRows(file) },
    media: copyFiles(media, path.join(target, 'media')),
  }
  fs.writeFileSync(path.join(target, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`)
  return manifest
}

/**
 * Restores a backup into an empty instance: refuses when a database is already there, so that a
 * restore never overwrites live data by mistake. Start the CMS on it afterwards.
 */
export async function restoreInstance({ source, database, media }: { source: string; database: string; media: string }): Promise<Manifest> {
  const manifest = JSON.parse(fs.readFileSync(path.join(source, 'manifest.json'), 'utf8')) as Manifest
  if (fs.existsSync(database)) throw new Error(`${database} bestaat al: zet een back-up alleen terug in een lege installatie.`)
  const file = path.join(source, manifest.database.file)
  const check = integrity(file)
  if (check !== 'ok') throw new Error(`de back-up is beschadigd: ${check}`)
  fs.mkdirSync(path.dirname(database), { recursive: true })
  await copyDatabase(file, database)
  const copied = copyFiles(path.join(source, 'media'), media)
  if (copied.files !== manifest.media.files) throw new Error(`${copied.files} van de ${manifest.media.files} mediabestanden teruggezet`)
  return manifest
}
