/**
 * Publishing rebuilds the affected static site (README.md, "Sites, islands and the island API").
 * The CMS starts the build as a command, never as an import: SITE_REBUILD_COMMAND is a
 * JSON argv (the start command sets it to scripts/rebuild-sites.ts) and gets the site names as
 * its last arguments. Without it, as in a bare `next start`, nothing is rebuilt. A failed build
 * is tried again after each wait in SITE_REBUILD_RETRY_MS (ms, comma-separated; empty: never).
 */
import { spawn } from 'node:child_process'
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, GlobalAfterChangeHook } from 'payload'
import { affectedSites, SITE_NAMES, type SiteName } from './affected-sites'
import { noteDraftSave, wasDraftSave } from './draft-save'
import { createRebuildQueue, DEFAULT_RETRY_DELAYS_MS, type RebuildQueue, type RebuildStatus } from './rebuild-queue'

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

function runCommand(argv: string[], sites: SiteName[]): Promise<void> {
  const label = sites.join(', ')
  const started = Date.now()
  console.log(`[rebuild] ${label}: gestart`)
  return new Promise((resolve, reject) => {
    const child = spawn(argv[0], [...argv.slice(1), ...sites], { stdio: 'inherit' })
    child.on('error', reject)
    child.on('close', (code) => {
      const seconds = Math.round((Date.now() - started) / 1000)
      console.log(`[rebuild] ${label}: ${code === 0 ? 'klaar' : `mislukt (exit ${code})`} na ${seconds} s`)
      if (code === 0) resolve()
      else reject(new Error(`rebuild exited ${code}`))
    })
  })
}

// Next.js may load this module in more than one bundle of the same process; one queue for all.
const shared = globalThis as typeof globalThis & { __vspRebuildQueue?: RebuildQueue | null }

function queue(): RebuildQueue | null {
  if (shared.__vspRebuildQueue === undefined) {
    const argv = rebuildCommand()
    const options = { delayMs: Number(process.env.SITE_REBUILD_DELAY_MS ?? 2000), retryDelaysMs: retryDelays() }
    shared.__vspRebuildQueue = argv ? createRebuildQueue((sites) => runCommand(argv, sites), options) : null
  }
  return shared.__vspRebuildQueue
}

/** For the admin: whether publishing rebuilds the sites here, and how far that is. */
export function rebuildStatus(): RebuildStatus & { enabled: boolean } {
  const current = queue()
  return { enabled: Boolean(current), ...(current?.status() ?? { waiting: [], running: [] }) }
}

const request = (sites: readonly SiteName[]) => {
  if (sites.length) queue()?.request(sites)
}

export const rebuildAfterChange: CollectionAfterChangeHook = ({ collection, context, doc, operation, previousDoc }) => {
  request(affectedSites(collection.slug, operation, doc, previousDoc, wasDraftSave(context, collection.slug, doc.id)))
  return doc
}

export const rebuildAfterDelete: CollectionAfterDeleteHook = ({ collection, doc }) => {
  request(affectedSites(collection.slug, 'delete', doc))
  return doc
}

/** Site settings (navigation, footer, contact lines) show on every page of both sites. */
export const rebuildAfterSettingsChange: GlobalAfterChangeHook = ({ doc }) => {
  request(SITE_NAMES)
  return doc
}

/**
 * The hooks of every collection whose published documents the sites show: publish, unpublish,
 * delete and a scheduled publish rebuild; a draft save never does.
 */
export const rebuildOnPublish = { beforeOperation: [noteDraftSave], afterChange: [rebuildAfterChange], afterDelete: [rebuildAfterDelete] }
