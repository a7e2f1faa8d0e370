/**
 * One site's publish: the pages the change affects, rendered and swapped in (write-pages.ts), or
 * the full build when the change is one the plan cannot judge, when there is no renderer or
 * state yet, or when anything in the incremental way fails. The full build stays the reference.
 */
import { writeFile } from 'node:fs/promises'
import type { SiteName, Snapshot } from '@vsp/content-models'
import { planPublish, warmUpPaths } from '@vsp/site-publish'
import type { SiteRenderer } from '@vsp/site-renderer'
import { builtFromFile, readServedSite, type ServedSite } from './served-site'
import { snapshotJson } from './snapshot-json'
import { isPage, type PagesPlan, type RenderPage, type WriteResult, writePages } from './write-pages'

/** More pages than this take about as long to render as a full build takes (README, figures in BENCHMARKS.md). */
export const DEFAULT_MAX_PAGES = 500

export interface PublishOutcome {
  site: SiteName
  mode: 'incremental' | 'full'
  /** why a full build was used */
  reason?: string
  pages?: number
  removed?: number
  ms: number
  /** until the changed document's own pages and the lists that show it were live (the first generation) */
  liveMs?: number
  /** time to work out the pages */
  planMs?: number
  write?: WriteResult
  /** the second generation: the pages that only link to the changed document (PublishPlan `later`) */
  later?: WriteResult
}

export interface SitePublisher {
  site: SiteName
  dir: string
  /** the site's renderer, when it has been loaded */
  render?: RenderPage
  /** builds the site from the snapshot file and swaps it in (scripts/lib/sites.ts) */
  fullBuild: () => Promise<void>
  /** above this many pages the full build is used */
  maxPages?: number
  served?: ServedSite
}

/** Reads the served state after a full build; a site without it publishes in full next time too. */
async function refresh(publisher: SitePublisher): Promise<void> {
  publisher.served = await readServedSite(publisher.site, publisher.dir).catch((error: Error) => {
    console.error(`[publish] ${publisher.site}: ${error.message}`)
    return undefined
  })
  await warmUp(publisher)
}

/**
 * Does once, before the first publish, what the first publish would otherwise pay for: the plan's
 * per-snapshot work on the served snapshot (its documents' JSON, who refers to whom, the pages each
 * owns), by planning a publish of the same snapshot (at 10,000 pages the first plan took 4.2 s
 * without it, 0.6 s with it); and the first render of each kind of page (its modules loaded, its
 * code compiled: ~0.3 s CPU for a checklist, ~15 ms after), rendered from the served snapshot and
 * thrown away. A page that fails here is left to the publish that needs it.
 */
async function warmUp({ site, served, render }: SitePublisher): Promise<void> {
  if (!served) return
  const started = Date.now()
  planPublish(served.snapshot, served.snapshot, site, served.links)
  const paths = render ? warmUpPaths(served.snapshot, site, served.links.pages) : []
  const failed: string[] = []
  for (const url of paths) await render?.(url, served.snapshot).catch(() => failed.push(url))
  const failures = failed.length ? `, mislukt: ${failed.join(' ')}` : ''
  console.log(`[publish] ${site}: opgewarmd in ${Date.now() - started} ms (${paths.length} soorten pagina's${failures})`)
}

export async function publishSite(publisher: SitePublisher, snapshot: Snapshot): Promise<PublishOutcome> {
  const started = Date.now()
  const { site, served, render } = publisher
  const full = async (reason: string): Promise<PublishOutcome> => {
    await publisher.fullBuild()
    await refresh(publisher)
    return { site, mode: 'full', reason, ms: Date.now() - started }
  }
  if (!render) return full('geen renderer geladen')
  if (!served) return full('geen gegevens van de gebouwde site')
  const planning = Date.now()
  const plan = planPublish(served.snapshot, snapshot, site, served.links, { maxPages: publisher.maxPages ?? DEFAULT_MAX_PAGES })
  const planMs = Date.now() - planning
  if (plan.kind === 'full') return full(plan.reason)
  try {
    const { write, later, liveMs } = await writePlan(served, plan, snapshot, render, { started })
    const pages = write.rendered + (later?.rendered ?? 0)
    return { site, mode: 'incremental', pages, removed: write.removed, ms: Date.now() - started, liveMs, planMs, write, later }
  } catch (error) {
    console.error(`[publish] ${site}: incrementeel bijwerken mislukt, volledige build:`, error)
    publisher.served = undefined
    return full(`incrementeel mislukt: ${(error as Error).message}`)
  }
}

/**
 * Writes a plan in one generation, or in two when part of it may follow (`later`, "Lees ook" on
 * other pages): the changed document's own pages and its lists go live first, the rest right
 * after, from the same snapshot. Only then is the publish done (the CMS's answer, and a failure
 * of either is a full build). `liveMs` counts from `started`, when the first generation was live;
 * `onLive` runs then (tests look at the served site between the two).
 */
export async function writePlan(
  served: ServedSite,
  plan: PagesPlan & { later?: readonly string[] },
  snapshot: Snapshot,
  render: RenderPage,
  { started = Date.now(), onLive }: { started?: number; onLive?: () => void | Promise<void> } = {},
): Promise<{ write: WriteResult; later?: WriteResult; liveMs: number }> {
  const deferred = new Set(plan.later ?? [])
  const first = plan.render.filter((url) => !deferred.has(url))
  const inTwo = deferred.size > 0 && (first.length > 0 || plan.remove.length > 0)
  const write = await writePages(served, inTwo ? { render: first, remove: plan.remove } : plan, snapshot, render)
  const liveMs = Date.now() - started
  let later: WriteResult | undefined
  if (inTwo) {
    await onLive?.()
    later = await writePages(served, { render: [...deferred], remove: [] }, snapshot, render)
  }
  // What the served folder was built from, for a worker that starts again: only once all of it is
  // live (a worker stopped in between plans from the older snapshot, and renders a few pages more).
  await writeFile(builtFromFile(served.dir), snapshotJson(snapshot))
  return { write, later, liveMs }
}

/**
 * A render function from the site renderer: the page's HTML, or an error for anything but a 200.
 * The snapshot is the worker's validated one (validateSnapshot), so the renderer does not validate it again.
 */
export function renderWith(renderer: Pick<SiteRenderer, 'renderValidated'>): RenderPage {
  return async (url, snapshot) => {
    // The static build renders its 404 page at /404/ (the page shows its own address).
    const { status, html, body } = await renderer.renderValidated(url === '/404.html' ? '/404/' : url, snapshot)
    // The site's 404 page answers 404 by design; anything else that is not a 200 is not the page.
    if (status !== (url === '/404.html' ? 404 : 200)) throw new Error(`${url} gaf ${status}`)
    // A file that is not a page (a landing page's og.jpg, made by the same route as in the build) as its bytes.
    return isPage(url) ? html : body
  }
}

export { refresh as readPublisherState }
