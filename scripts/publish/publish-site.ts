/**
 * One site's publish: the pages the change affects, rendered and swapped in (write-pages.ts), or
 * the full build when the change is one the plan cannot judge, when there is no renderer or
 * state yet, or when anything in the incremental way fails. The full build stays the reference.
 */
import type { SiteName, Snapshot } from '@vsp/content-models'
import { planPublish } from '@vsp/site-publish'
import { readServedSite, type ServedSite } from './served-site'
import { type RenderPage, type WriteResult, writePages } from './write-pages'

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
  /** time to work out the pages */
  planMs?: number
  write?: WriteResult
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
  const asset = plan.render.find((url) => !url.endsWith('/') && !url.endsWith('.html'))
  if (asset) return full(`${asset} is geen pagina (alleen een volledige build maakt het)`)
  try {
    const write = await writePages(served, plan, snapshot, render)
    return { site, mode: 'incremental', pages: write.rendered, removed: write.removed, ms: Date.now() - started, planMs, write }
  } catch (error) {
    console.error(`[publish] ${site}: incrementeel bijwerken mislukt, volledige build:`, error)
    publisher.served = undefined
    return full(`incrementeel mislukt: ${(error as Error).message}`)
  }
}

/** A render function from the site renderer: the page's HTML, or an error for anything but a 200. */
export function renderWith(renderer: {
  render: (url: string, snapshot: unknown) => Promise<{ status: number; html: string }>
}): RenderPage {
  return async (url, snapshot) => {
    // The static build renders its 404 page at /404/ (the page shows its own address).
    const { status, html } = await renderer.render(url === '/404.html' ? '/404/' : url, snapshot)
    // The site's 404 page answers 404 by design; anything else that is not a 200 is not the page.
    if (status !== (url === '/404.html' ? 404 : 200)) throw new Error(`${url} gaf ${status}`)
    return html
  }
}

export { refresh as readPublisherState }
