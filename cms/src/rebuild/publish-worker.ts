/**
 * The incremental way of a rebuild: the CMS exports the published content itself (its Payload
 * is warm) and hands it to the publish worker (scripts/publish-worker.ts, SITE_PUBLISH_WORKER),
 * which renders only what the change affects, or builds in full when it must. A worker that does
 * not answer leaves the rebuild to the command (SITE_REBUILD_COMMAND); a worker that answers with
 * a failure fails the rebuild, which the queue tries again.
 */
import type { Payload } from 'payload'
import { publishedContent } from '../content/published-content'
import type { SiteName } from './affected-sites'

export interface WorkerOutcome {
  site: SiteName
  mode: 'incremental' | 'full'
  reason?: string
  pages?: number
  ms: number
}

export class WorkerUnreachable extends Error {}

/** The worker's address, or undefined (then every rebuild runs the command). */
export function publishWorkerUrl(): string | undefined {
  return process.env.SITE_PUBLISH_WORKER || undefined
}

export async function publishThroughWorker(url: string, payload: Payload, sites: SiteName[]): Promise<WorkerOutcome[]> {
  const snapshot = await publishedContent(payload)
  let response: Response
  try {
    response = await fetch(new URL('/publish', url), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ sites, snapshot }),
    })
  } catch (error) {
    throw new WorkerUnreachable(`de publicatiedienst op ${url} antwoordt niet: ${(error as Error).message}`)
  }
  if (!response.ok) throw new Error(`de publicatiedienst gaf ${response.status}: ${(await response.text()).slice(0, 500)}`)
  const { outcomes } = (await response.json()) as { outcomes: WorkerOutcome[] }
  return outcomes
}

/** The status line's words for what the worker did: "3 pagina's" or "volledig". */
export function describeOutcomes(outcomes: readonly WorkerOutcome[]): string {
  return outcomes
    .map(
      (o) =>
        `${o.site}: ${o.mode === 'incremental' ? `${o.pages} ${o.pages === 1 ? 'pagina' : "pagina's"}` : 'volledig'} in ${(o.ms / 1000).toFixed(1).replace('.', ',')} s`,
    )
    .join(', ')
}
