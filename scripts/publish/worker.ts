/**
 * The warm publish worker: keeps each site's renderer and served state loaded, and on
 * `POST /publish` ({ sites, snapshot }) writes the snapshot, then publishes each site the
 * incremental way or in full (publish-site.ts). One publish at a time; the answer comes once
 * the sites are live. The CMS's rebuild queue calls it (cms/src/rebuild) and keeps its retries:
 * a failed publish answers 500, and the CMS tries again.
 */
import { writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { formatSnapshotProblems, SITE_NAMES, type SiteName, type Snapshot, validateSnapshot } from '@vsp/content-models'
import { ensureRendererBuild, loadRenderer } from '@vsp/site-renderer'
import { repoRoot } from '@vsp/steps'
import { rebuildSite } from '../lib/sites'
import { type PublishOutcome, publishSite, readPublisherState, renderWith, type SitePublisher } from './publish-site'
import { snapshotJson } from './snapshot-json'
import type { WriteResult } from './write-pages'

export interface PublishWorkerOptions {
  sites?: readonly SiteName[]
  /** the snapshot file full builds read (CONTENT_SNAPSHOT) */
  snapshotFile: string
  /** the environment of full builds (MEDIA_DIR, PUBLIC_* addresses) */
  env: Record<string, string>
  port?: number
  maxPages?: number
  /** the folder that holds `<site>/dist`; the repository's `sites/` by default (tests and benchmarks use their own) */
  distRoot?: string
}

export interface PublishWorker {
  url: string
  publish(sites: readonly SiteName[], snapshot: unknown): Promise<PublishOutcome[]>
  close(): Promise<void>
}

async function readBody(req: import('node:http').IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

export async function startPublishWorker(options: PublishWorkerOptions): Promise<PublishWorker> {
  const env = { ...options.env, CONTENT_SNAPSHOT: options.snapshotFile }
  // The snapshot file is what full builds read; an incremental publish does not need it, so it is
  // written before a full build, or once the publish is done (~30 MB at 10,000 pages).
  let unwritten: Snapshot | undefined
  const writeSnapshotFile = () => {
    if (unwritten) writeFileSync(options.snapshotFile, snapshotJson(unwritten))
    unwritten = undefined
  }
  const publishers = new Map<SiteName, SitePublisher>()
  for (const site of options.sites ?? SITE_NAMES) {
    const dir = path.join(options.distRoot ?? path.join(repoRoot, 'sites'), site, 'dist')
    const publisher: SitePublisher = {
      site,
      dir,
      fullBuild: async () => {
        writeSnapshotFile()
        rebuildSite(site, env, dir)
      },
      maxPages: options.maxPages,
    }
    try {
      ensureRendererBuild(site, options.snapshotFile)
      publisher.render = renderWith(await loadRenderer(site))
    } catch (error) {
      console.error(`[publish] ${site}: geen renderer, elke publicatie wordt een volledige build:`, error)
    }
    await readPublisherState(publisher)
    publishers.set(site, publisher)
  }

  let queue: Promise<unknown> = Promise.resolve()
  const publish = (sites: readonly SiteName[], data: unknown): Promise<PublishOutcome[]> => {
    const run = async () => {
      const validating = Date.now()
      const result = validateSnapshot(data)
      console.log(`[publish] snapshot gecontroleerd in ${Date.now() - validating} ms`)
      if (!result.ok) throw new Error(`De content is ongeldig:\n${formatSnapshotProblems(result.problems)}`)
      unwritten = result.snapshot
      const outcomes: PublishOutcome[] = []
      for (const site of sites) {
        const publisher = publishers.get(site)
        if (!publisher) throw new Error(`onbekende site ${site}`)
        const outcome = await publishSite(publisher, result.snapshot)
        const times = (write: WriteResult, extra = {}) =>
          Object.entries({ ...extra, ...write.ms, zoekdelta: write.searchDelta })
            .map(([k, v]) => `${k} ${v}${k === 'zoekdelta' ? '' : ' ms'}`)
            .join(', ')
        const { write, later } = outcome
        const phases = write
          ? ` (${times(write, { plan: outcome.planMs })}${later ? `; live na ${outcome.liveMs} ms, daarna ${later.rendered} pagina's: ${times(later)}` : ''})`
          : ''
        const how =
          outcome.mode === 'incremental'
            ? `${outcome.pages} pagina's, ${outcome.removed} verwijderd${phases}`
            : `volledige build (${outcome.reason})`
        console.log(`[publish] ${site}: ${how} in ${(outcome.ms / 1000).toFixed(1)} s`)
        outcomes.push(outcome)
      }
      writeSnapshotFile()
      return outcomes
    }
    const next = queue.then(run, run)
    queue = next.catch(() => undefined)
    return next
  }

  const server: Server = createServer(async (req, res) => {
    if (req.method === 'GET' && req.url === '/health') {
      res.writeHead(200, { 'content-type': 'text/plain' }).end('ok')
      return
    }
    if (req.method !== 'POST' || req.url !== '/publish') {
      res.writeHead(404).end()
      return
    }
    try {
      const body = JSON.parse(await readBody(req)) as { sites?: SiteName[]; snapshot?: unknown }
      const outcomes = await publish(body.sites ?? [], body.snapshot)
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ outcomes }))
    } catch (error) {
      console.error('[publish] mislukt:', error)
      res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end(String((error as Error).message ?? error))
    }
  })
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    publish,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}
