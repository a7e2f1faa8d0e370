import { createHash } from 'node:crypto'
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { deserialize, serialize } from 'node:v8'
import type { Snapshot } from '@vsp/content-models'

/** What the content layer stores of the snapshot: where its file is, and a digest of its content. */
export interface SnapshotPointer {
  file: string
  digest: string
}

const FOLDER = 'vsp-content'
const PREFIX = 'snapshot-'
const STALE_MS = 60 * 60_000

/** Files of earlier builds: JSON until 2026-12-07, V8's serialisation since. */
const SNAPSHOT_FILE = new RegExp(`^${PREFIX}.+\\.(json|v8)$`)

/**
 * Writes the validated snapshot into the build's cache folder (Astro's `cacheDir`) and returns
 * the pointer the content layer keeps. The content layer serialises each entry with devalue
 * into a module of the page build: a 10,000-page snapshot made Vite bundle a 30 MB module and
 * held it several times in memory. A file costs neither. It holds V8's serialisation, the one
 * `postMessage` uses: the same data for the same Node, and at 10,000 pages 0.23 s to write
 * against 0.6 s for JSON.stringify (plus 0.02 s against 0.16 s for its digest). Only this build's
 * threads read it, with the Node that wrote it. Snapshot files of earlier builds in the same
 * folder are removed once they are an hour old (a build that runs at the same time with the
 * same cache folder may still read its own).
 */
export async function writeSnapshotFile(cacheDir: URL, snapshot: Snapshot): Promise<SnapshotPointer> {
  const bytes = serialize(snapshot)
  const digest = createHash('sha256').update(bytes).digest('hex')
  const dir = path.join(fileURLToPath(cacheDir), FOLDER)
  await mkdir(dir, { recursive: true })
  const name = `${PREFIX}${digest}.v8`
  const file = path.join(dir, name)
  const temporary = `${file}.${process.pid}.tmp`
  await writeFile(temporary, bytes)
  await rename(temporary, file)
  for (const old of await readdir(dir)) {
    if (old === name || !SNAPSHOT_FILE.test(old)) continue
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

/** After the loader wrote `snapshot` (the file holds the same data). */
export function handOverSnapshot(digest: string, snapshot: Snapshot): void {
  handOver[HANDED_OVER] = { digest, snapshot }
}

/** The snapshot a pointer names; the loader validated it before writing it. */
export async function readSnapshotFile(pointer: unknown): Promise<Snapshot> {
  const { file, digest } = (pointer ?? {}) as Partial<SnapshotPointer>
  if (typeof file !== 'string') throw new Error('Geen content: de content-loader heeft geen snapshot-bestand opgeslagen.')
  const given = handOver[HANDED_OVER]
  if (given && given.digest === digest) return given.snapshot
  return deserialize(await readFile(file)) as Snapshot
}
