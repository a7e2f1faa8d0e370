/**
 * Publishing rebuilds the affected static site (README.md, "Sites, islands and the island API").
 * The CMS starts the build as a command, never as an import: SITE_REBUILD_COMMAND is a
 * JSON argv (the start command sets it to scripts/rebuild-sites.ts) and gets the site names as
 * its last arguments. Without it, as in a bare `next start`, nothing is rebuilt. A failed build
 * is tried again after each wait in SITE_REBUILD_RETRY_MS (ms, comma-separated; empty: never).
 * Requests are kept in the database until built; those a restart left run when the CMS starts.
 * Each build holds its sites' leases in the database (leased-rebuild.ts), so CMS instances that
 * share a database take turns (SITE_REBUILD_LEASE_MS, a minute by default; a site another
 * instance is building is asked for again after SITE_REBUILD_BUSY_RETRY_MS, 3 s).
 */
import { spawn } from 'node:child_process'
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, GlobalAfterChangeHook, Payload, PayloadRequest } from 'payload'
import { affectedSites, SITE_NAMES, type SiteName } from './affected-sites'
import { noteDraftSave, wasDraftSave } from './draft-save'
import { DEFAULT_LEASE_MS, type LeasedRebuild, leasedRebuild } from './leased-rebuild'
import { notePending, pendingSites } from './pending-requests'
import { describeOutcomes, publishThroughWorker, publishWorkerUrl, WorkerUnreachable } from './publish-worker'
import { createRebuildQueue, DEFAULT_BUSY_RETRY_MS, DEFAULT_RETRY_DELAYS_MS, type RebuildQueue, type RebuildStatus } from './rebuild-queue'

/** The configured command, or undefined; a malformed one is reported once and never breaks a save. */
function rebuildCommand(): string[] | undefined {
  const raw = process.env.SITE_REBUILD_COMMAND
  if (!raw) return undefined
  let argv: unknown
  try {
    argv = JSON.parse(raw)
  } catch {
    argv = undefined
  }
  if (Array.isArray(argv) && argv.length && argv.every((part) => typeof part === 'string')) return argv
  console.error('[rebuild] SITE_REBUILD_COMMAND must be a JSON array of strings, e.g. ["node", "rebuild.js"]; sites are not rebuilt')
  return undefined
}

/** SITE_REBUILD_RETRY_MS="2000,8000,30000"; empty means no retries. */
function retryDelays(): readonly number[] {
  const raw = process.env.SITE_REBUILD_RETRY_MS
  if (raw === undefined) return DEFAULT_RETRY_DELAYS_MS
  const delays = raw.split(',').filter(Boolean).map(Number)
  if (delays.every((ms) => Number.isFinite(ms) && ms >= 0)) return delays
  console.error(`[rebuild] SITE_REBUILD_RETRY_MS must be waits in ms, e.g. "2000,8000,30000"; using ${DEFAULT_RETRY_DELAYS_MS.join(',')}`)
  return DEFAULT_RETRY_DELAYS_MS
}

/** A positive number of ms from the environment, or the default. */
function msFromEnv(name: string, fallback: number): number {
  const value = Number(process.env[name] || fallback)
  return Number.isFinite(value) && value > 0 ? value : fallback
}

function runCommand(argv: string[], sites: SiteName[]): Promise<void> {
  const label = sites.join(', ')
  const started = Date.now()
  console.log(`[rebuild] ${label}: gestart`)
  // The build loads Payload too; without the command and the worker it cannot start rebuilds of its own.
  const { SITE_REBUILD_COMMAND: _, SITE_PUBLISH_WORKER: __, ...env } = process.env
  return new Promise((resolve, reject) => {
    const child = spawn(argv[0], [...argv.slice(1), ...sites], { stdio: 'inherit', env })
    child.on('error', reject)
    child.on('close', (code) => {
      const seconds = Math.round((Date.now() - started) / 1000)
      console.log(`[rebuild] ${label}: ${code === 0 ? 'klaar' : `mislukt (exit ${code})`} na ${seconds} s`)
      if (code === 0) resolve()
      else reject(new Error(`rebuild exited ${code}`))
    })
  })
}

/**
 * One rebuild: through the publish worker when there is one (only the affected pages), else, or
 * when it does not answer, the command (a full build).
 */
async function runRebuild(
  payload: Payload,
  argv: string[] | undefined,
  workerUrl: string | undefined,
  sites: SiteName[],
): Promise<string | undefined> {
  if (workerUrl) {
    const started = Date.now()
    console.log(`[rebuild] ${sites.join(', ')}: gestart (publicatiedienst)`)
    try {
      const detail = describeOutcomes(await publishThroughWorker(workerUrl, payload, sites))
      console.log(`[rebuild] ${sites.join(', ')}: klaar na ${Math.round((Date.now() - started) / 1000)} s (${detail})`)
      return detail
    } catch (error) {
      if (!(error instanceof WorkerUnreachable) || !argv) {
        console.error(`[rebuild] ${sites.join(', ')}: mislukt:`, (error as Error).message)
        throw error
      }
      console.error(`[rebuild] ${error.message}; volledige build met het commando`)
    }
  }
  if (!argv) throw new Error('no rebuild command')
  await runCommand(argv, sites)
  return undefined
}

// Next.js may load this module in more than one bundle of the same process; one queue for all.
const shared = globalThis as typeof globalThis & { __vspRebuildQueue?: RebuildQueue | null; __vspLeasedRebuild?: LeasedRebuild }

/** The process's queue; the first caller that has Payload creates it. */
function queue(payload?: Payload): RebuildQueue | null {
  if (shared.__vspRebuildQueue === undefined && payload) {
    const argv = rebuildCommand()
    const workerUrl = publishWorkerUrl()
    if (!argv && !workerUrl) {
      shared.__vspRebuildQueue = null
      return null
    }
    const leased = leasedRebuild(payload, (sites) => runRebuild(payload, argv, workerUrl, sites), {
      ttlMs: msFromEnv('SITE_REBUILD_LEASE_MS', DEFAULT_LEASE_MS),
      waitingHere: () => shared.__vspRebuildQueue?.status().waiting ?? [],
    })
    shared.__vspLeasedRebuild = leased
    // The leased run forgets the requests it built; one given up stays owed (built at the next
    // start, or by the next build of its site).
    shared.__vspRebuildQueue = createRebuildQueue(leased.run, {
      delayMs: Number(process.env.SITE_REBUILD_DELAY_MS ?? 2000),
      retryDelaysMs: retryDelays(),
      busyRetryMs: msFromEnv('SITE_REBUILD_BUSY_RETRY_MS', DEFAULT_BUSY_RETRY_MS),
    })
  }
  return shared.__vspRebuildQueue ?? null
}

/** For the admin: whether publishing rebuilds the sites here, and how far that is. */
export function rebuildStatus(payload: Payload): RebuildStatus & { enabled: boolean } {
  const current = queue(payload)
  return { enabled: Boolean(current), ...(current?.status() ?? { waiting: [], running: [] }) }
}

/** Notes the request in the database, in the change's own transaction, then queues it. */
async function request(req: PayloadRequest, sites: readonly SiteName[]): Promise<void> {
  const current = sites.length ? queue(req.payload) : null
  if (!current) return
  await notePending(req, sites)
  shared.__vspLeasedRebuild?.asked(sites)
  current.request(sites)
}

/** "Opnieuw bijwerken": both sites, afresh. False where publishing does not rebuild. */
export async function rebuildAgain(req: PayloadRequest): Promise<boolean> {
  const current = queue(req.payload)
  if (!current) return false
  await notePending(req, SITE_NAMES)
  shared.__vspLeasedRebuild?.asked(SITE_NAMES)
  current.retry(SITE_NAMES)
  return true
}

/** At start-up (Payload's onInit): queues the requests a previous process left unbuilt. */
export async function runPendingRebuilds(payload: Payload): Promise<SiteName[]> {
  const current = queue(payload)
  if (!current) return []
  try {
    const sites = await pendingSites(payload)
    if (sites.length) console.log(`[rebuild] ${sites.join(', ')}: nog niet bijgewerkt bij het starten`)
    // Another instance that starts too, or is building, may serve them first.
    shared.__vspLeasedRebuild?.onlyIfOpen(sites)
    current.request(sites)
    return sites
  } catch (error) {
    console.error('[rebuild] could not read the pending requests:', error)
    return []
  }
}

export const rebuildAfterChange: CollectionAfterChangeHook = async ({ collection, context, doc, operation, previousDoc, req }) => {
  await request(req, affectedSites(collection.slug, operation, doc, previousDoc, wasDraftSave(context, collection.slug, doc.id)))
  return doc
}

export const rebuildAfterDelete: CollectionAfterDeleteHook = async ({ collection, doc, req }) => {
  await request(req, affectedSites(collection.slug, 'delete', doc))
  return doc
}

/** Site settings (navigation, footer, contact lines) show on every page of both sites. */
export const rebuildAfterSettingsChange: GlobalAfterChangeHook = async ({ doc, req }) => {
  await request(req, SITE_NAMES)
  return doc
}

/**
 * The hooks of every collection whose published documents the sites show: publish, unpublish,
 * delete and a scheduled publish rebuild; a draft save never does.
 */
export const rebuildOnPublish = { beforeOperation: [noteDraftSave], afterChange: [rebuildAfterChange], afterDelete: [rebuildAfterDelete] }
