import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Snapshot } from '@vsp/content-models'

/** What the content layer stores of the snapshot: where its file is, and a digest of its content. */
export interface SnapshotPointer {
  file: string
  digest: string
}

const FOLDER = 'vsp-content'
const PREFIX = 'snapshot-'
const STALE_MS = 60 * 60_000

/**
 * Writes the validated snapshot as JSON into the build's cache folder (Astro's `cacheDir`) and
 * returns the pointer the content layer keeps. The content layer serialises each entry with
 * devalue into a module of the page build: a 10,000-page snapshot made Vite bundle a 30 MB
 * module and held it several times in memory. A file read with JSON.parse costs neither.
 * Snapshot files of earlier builds in the same folder are removed once they are an hour old (a
 * build that runs at the same time with the same cache folder may still read its own).
 */
export async function writeSnapshotFile(cacheDir: URL, json: string, digest: string): Promise<SnapshotPointer> {
  const dir = path.join(fileURLToPath(cacheDir), FOLDER)
  await mkdir(dir, { recursive: true })
  const name = `${PREFIX}${digest}.json`
  const file = path.join(dir, name)
  const temporary = `${file}.${process.pid}.tmp`
  await writeFile(temporary, json)
  await rename(temporary, file)
  for (const old of await readdir(dir)) {
    if (old === name || !old.startsWith(PREFIX) || !old.endsWith('.json')) continue
    const { mtimeMs } = await stat(path.join(dir, old)).catch(() => ({ mtimeMs: Date.now() }))
    if (Date.now() - mtimeMs > STALE_MS) await rm(path.join(dir, old), { force: true })
  }
  return { file, digest }
}

/**
 * The content loader and the pages run in one process (a build's main thread, the dev server)
 * but each load this module on its own (Vite's module runner, the page bundle), so the snapshot
 * the loader validated is handed to the pages through a global, under its digest. That spares
 * the build reading and parsing the 30 MB file again before its first page (0.6 s at 10,000
 * pages); the render worker and other processes read the file.
 */
const HANDED_OVER = Symbol.for('vsp.validated-snapshot')
type HandOver = { digest: string; snapshot: Snapshot }
const handOver = globalThis as { [HANDED_OVER]?: HandOver }

/** After the loader wrote `snapshot` (JSON-only data, so the file parses back to the same). */
export function handOverSnapshot(digest: string, snapshot: Snapshot): void {
  handOver[HANDED_OVER] = { digest, snapshot }
}

/** The snapshot a pointer names; the loader validated it before writing it. */
export async function readSnapshotFile(pointer: unknown): Promise<Snapshot> {
  const { file, digest } = (pointer ?? {}) as Partial<SnapshotPointer>
  if (typeof file !== 'string') throw new Error('Geen content: de content-loader heeft geen snapshot-bestand opgeslagen.')
  const given = handOver[HANDED_OVER]
  if (given && given.digest === digest) return given.snapshot
  return JSON.parse(await readFile(file, 'utf8')) as Snapshot
}
