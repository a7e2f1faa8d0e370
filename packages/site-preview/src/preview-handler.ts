import { createHash } from 'node:crypto'
import { readFile, stat } from 'node:fs/promises'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { SiteName } from '@vsp/content-models'
import { InvalidSnapshotError, loadRenderer, type SiteRenderer } from '@vsp/site-renderer'
import { asPreviewPage, BANNER_STYLE, BANNER_STYLE_PATH, LIVE_SCRIPT, LIVE_SCRIPT_PATH } from './live-script'
import { mergeDraft } from './merge-draft'
import { previewPath } from './page-path'
import { originsOf, previewHeaders } from './preview-headers'
import { refusalPage } from './refusal-page'

/** Where the site server answers previews: `/voorbeeld/<collection>/<id>/?token=…` and the live script. */
export const PREVIEW_PREFIX = '/voorbeeld/'

export interface PreviewOptions {
  site: SiteName
  /** Where this server asks the CMS for the draft (GET /api/preview/draft). */
  cmsUrl: string
  /** The origins of the admin that may frame the preview; the CMS URL's by default. */
  adminOrigins?: string[]
  /** The published snapshot the served site was built from (re-read when it changes). */
  snapshotFile: string
  /** The site's renderer build (packages/site-renderer); `sites/<site>/dist-renderer` by default. */
  rendererDir?: string
}

/** Called by the site server for every request below PREVIEW_PREFIX, with the headers of the site's own pages. */
export type PreviewRequestHandler = (req: IncomingMessage, res: ServerResponse, siteHeaders: Record<string, string>) => Promise<void>

/** The preview's own files, served beside its pages. */
const ASSETS: Record<string, { type: string; body: string }> = {
  [LIVE_SCRIPT_PATH]: { type: 'text/javascript; charset=utf-8', body: LIVE_SCRIPT },
  [BANNER_STYLE_PATH]: { type: 'text/css; charset=utf-8', body: BANNER_STYLE },
}

const TITLES: Record<number, string> = { 401: 'Geen toegang', 403: 'Geen toegang', 404: 'Niet gevonden' }

/**
 * The draft preview on the site's own server: asks the CMS for the draft the token names (the
 * CMS checks the token), puts it into the published snapshot and renders the page with the
 * site's renderer build. Nothing is written to the site: the draft exists only in this answer.
 */
export function previewHandler(options: PreviewOptions): PreviewRequestHandler {
  const admins = options.adminOrigins ?? originsOf(options.cmsUrl)
  let renderer: Promise<SiteRenderer> | undefined
  let published: { key: string; snapshot: Promise<Record<string, unknown>> } | undefined
  const publishedSnapshot = async () => {
    const file = await stat(options.snapshotFile)
    const key = `${file.mtimeMs}:${file.size}`
    if (published?.key !== key) published = { key, snapshot: readFile(options.snapshotFile, 'utf8').then(JSON.parse) }
    return published.snapshot
  }
  const siteRenderer = () => {
    renderer ??= loadRenderer(options.site, options.rendererDir).catch((error) => {
      renderer = undefined // tried again on the next request
      throw error
    })
    return renderer
  }

  return async (req, res, siteHeaders) => {
    const headers = previewHeaders(siteHeaders, admins)
    // The site server has set the site's own headers (X-Frame-Options: DENY among them): these replace them.
    for (const name of res.getHeaderNames()) res.removeHeader(name)
    const send = (status: number, html: string, extra: Record<string, string> = {}) => {
      res.writeHead(status, { ...headers, 'Content-Type': 'text/html; charset=utf-8', ...extra })
      res.end(req.method === 'HEAD' ? undefined : html)
    }
    try {
      const url = new URL(req.url ?? '/', 'http://site')
      const asset = ASSETS[url.pathname]
      if (asset) {
        res.writeHead(200, { ...headers, 'Content-Type': asset.type, 'Cache-Control': 'no-cache' })
        return void res.end(req.method === 'HEAD' ? undefined : asset.body)
      }
      const token = url.searchParams.get('token')
      if (!token)
        return send(401, refusalPage(TITLES[401], 'Dit voorbeeld is alleen te zien via de redactieomgeving, met een geldige link.'))
      const answer = await fetch(`${options.cmsUrl}/api/preview/draft?token=${encodeURIComponent(token)}`).catch(() => undefined)
      if (!answer)
        return send(502, refusalPage('Voorbeeld niet beschikbaar', 'De redactieomgeving is niet bereikbaar. Probeer het zo opnieuw.'))
      if (!answer.ok) {
        const { error } = (await answer.json().catch(() => ({}))) as { error?: string }
        const status = answer.status in TITLES ? answer.status : 502
        return send(status, refusalPage(TITLES[status] ?? 'Voorbeeld niet beschikbaar', error ?? 'Dit voorbeeld kan niet worden getoond.'))
      }
      const { collection, site, doc } = (await answer.json()) as { collection: string; site: SiteName; doc: Record<string, unknown> }
      if (site !== options.site)
        return send(404, refusalPage(TITLES[404], 'Dit document hoort bij de andere site; open het voorbeeld daar.'))
      const version = createHash('sha256').update(JSON.stringify(doc)).digest('base64url').slice(0, 16)
      // The live script asks with HEAD whether the draft changed: no render needed for that.
      if (req.method === 'HEAD') return send(200, '', { 'X-Preview-Version': version })
      const snapshot = mergeDraft(await publishedSnapshot(), collection, doc)
      const page = await (await siteRenderer()).render(previewPath(site, collection, doc), snapshot)
      send(page.status, asPreviewPage(page.html, admins, version), { 'X-Preview-Version': version })
    } catch (error) {
      if (error instanceof InvalidSnapshotError) {
        const problems = error.message.split('\n').slice(1).filter(Boolean)
        return send(422, refusalPage('Dit concept kan nog niet worden getoond', 'Eerst moet dit kloppen:', problems))
      }
      console.error(`voorbeeld mislukt: ${error instanceof Error ? error.message : String(error)}`)
      send(500, refusalPage('Voorbeeld mislukt', 'Er ging iets mis bij het maken van dit voorbeeld. Probeer het zo opnieuw.'))
    }
  }
}
