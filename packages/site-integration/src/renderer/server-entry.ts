// The server entry of a site's renderer build (renderer-integration.ts): every page on demand,
// rendered in this process with the snapshot the caller gives (packages/site-renderer).
import type { Snapshot } from '@vsp/content-models'
import { createApp } from 'astro/app/entrypoint'
import { withRenderSnapshot } from '../render/render-context'

const app = createApp({ streaming: false })

export interface RenderedPage {
  status: number
  headers: Headers
  html: string
  /** the answer's bytes: what a route that is not a page (a landing page's og.jpg) writes */
  body: Uint8Array
}

/** Renders the page at `request`'s address from `snapshot` (validated and not yet filtered to the site). */
export function renderRequest(request: Request, snapshot: Snapshot): Promise<RenderedPage> {
  // The body is read inside the snapshot's scope: a page's frontmatter may run while it streams.
  return withRenderSnapshot(snapshot, async () => {
    const response = await app.render(request)
    const body = new Uint8Array(await response.arrayBuffer())
    return { status: response.status, headers: response.headers, html: new TextDecoder().decode(body), body }
  })
}
