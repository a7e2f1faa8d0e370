import { pathToFileURL } from 'node:url'
import type { SiteName, Snapshot } from '@vsp/content-models'
import { loadContent } from '@vsp/ui'
import { rendererDir, rendererEntry } from './renderer-build'

export interface RenderResult {
  status: number
  html: string
  /** the answer's bytes, for a route that is not a page (a landing page's og.jpg) */
  body: Uint8Array
}

export interface SiteRenderer {
  site: SiteName
  /** Renders the page at `urlPath` ("/checklists/fraude/") from `snapshot`; an unknown page is the site's 404 page. */
  render: (urlPath: string, snapshot: unknown) => Promise<RenderResult>
  /** Validates `snapshot` once, for rendering many pages from it (incremental publishing). */
  withSnapshot: (snapshot: unknown) => Promise<(urlPath: string) => Promise<RenderResult>>
  /**
   * Renders from a snapshot that is already the result of `validateSnapshot` (the publish worker
   * validates what it is sent, once): not validated again, which takes ~0.4 s at 10,000 pages.
   */
  renderValidated: (urlPath: string, snapshot: Snapshot) => Promise<RenderResult>
}

/** The renderer build's server entry (packages/site-integration/src/renderer/server-entry.ts). */
interface RendererEntry {
  renderRequest: (request: Request, snapshot: Snapshot) => Promise<RenderResult>
}

/** The snapshot given is not valid content: the message lists each document and field, in Dutch. */
export class InvalidSnapshotError extends Error {}

/**
 * Loads a site's renderer build (renderer-build.ts) into this process. Each render validates the
 * snapshot the way a build does, then renders with the site's own pages, layout, components and
 * styles: the HTML a static build writes for the same snapshot.
 */
export async function loadRenderer(site: SiteName, dir = rendererDir(site)): Promise<SiteRenderer> {
  // React picks its build from NODE_ENV when it is first loaded (with the entry below). The static
  // build renders with the production build; unset, this process would load the development
  // build, which took about twice the CPU time per page (BENCHMARKS.md section 8).
  if (!process.env.NODE_ENV) Object.assign(process.env, { NODE_ENV: 'production' })
  const entry = (await import(pathToFileURL(rendererEntry(dir)).href)) as RendererEntry
  // The same snapshot object is validated once: a publish renders many pages of one snapshot
  // (validating 10,000 pages' content takes about 0.4 s).
  const validated = new WeakMap<object, Promise<Snapshot>>()
  const validate = (snapshot: unknown) => {
    if (!snapshot || typeof snapshot !== 'object') return loadContent(async () => snapshot)
    let content = validated.get(snapshot)
    if (!content) validated.set(snapshot, (content = loadContent(async () => snapshot)))
    return content
  }
  const renderValidated = async (urlPath: string, content: Snapshot): Promise<RenderResult> => {
    const { status, html, body } = await entry.renderRequest(new Request(new URL(urlPath, 'http://localhost')), content)
    return { status, html, body }
  }
  const withSnapshot = async (snapshot: unknown) => {
    const content = await validate(snapshot).catch((error: Error) => {
      throw new InvalidSnapshotError(error.message)
    })
    return (urlPath: string) => renderValidated(urlPath, content)
  }
  return { site, withSnapshot, renderValidated, render: async (urlPath, snapshot) => (await withSnapshot(snapshot))(urlPath) }
}
