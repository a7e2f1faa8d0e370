import { createHash } from 'node:crypto'
import { readFile, stat } from 'node:fs/promises'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { SITE_LABELS, SITE_NAMES, type Media, type SiteName } from '@vsp/content-models'
import { InvalidSnapshotError, loadRenderer, type SiteRenderer } from '@vsp/site-renderer'
import { renderVariant } from '@vsp/ui/build'
import { asPreviewPage, BANNER_STYLE, BANNER_STYLE_PATH, LIVE_SCRIPT, LIVE_SCRIPT_PATH } from './live-script'
import { mergeDraft } from './merge-draft'
import { previewPath } from './page-path'
import { draftMediaFiles, PREVIEW_IMAGE_PREFIX, previewImages, withPreviewImages } from './preview-media'
import { originsOf, previewHeaders } from './preview-headers'
import { refusalPage } from './refusal-page'

/** Where the site server answers previews: `/voorbeeld/<collection>/<id>/?token=…`, the draft's images and the live script. */
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
  /** Where the originals of drafts' images are kept, fetched from the CMS; a new temporary folder by default. */
  previewMediaDir?: string
}

/** What the CMS answers for a valid token (cms/src/preview/draft-endpoint.ts). */
interface DraftAnswer {
  collection: string
  /** the sites the document is on, and its preview address on each */
  sites: SiteName[]
  links: Partial<Record<SiteName, string>>
  doc: Record<string, unknown>
  /** the media records the draft refers to */
  media: Media[]
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

  const fetchMedia = draftMediaFiles(options.cmsUrl, options.previewMediaDir)

  /** The CMS's answer for a token (it checks the token), or the refusal page to send instead. */
  const draftOf = async (token: string | null): Promise<DraftAnswer | { status: number; html: string }> => {
    if (!token)
      return {
        status: 401,
        html: refusalPage(TITLES[401], 'Dit voorbeeld is alleen te zien via de redactieomgeving, met een geldige link.'),
      }
    const answer = await fetch(`${options.cmsUrl}/api/preview/draft?token=${encodeURIComponent(token)}`).catch(() => undefined)
    if (!answer)
      return {
        status: 502,
        html: refusalPage('Voorbeeld niet beschikbaar', 'De redactieomgeving is niet bereikbaar. Probeer het zo opnieuw.'),
      }
    if (!answer.ok) {
      const { error } = (await answer.json().catch(() => ({}))) as { error?: string }
      const status = answer.status in TITLES ? answer.status : 502
      return {
        status,
        html: refusalPage(TITLES[status] ?? 'Voorbeeld niet beschikbaar', error ?? 'Dit voorbeeld kan niet worden getoond.'),
      }
    }
    const draft = (await answer.json()) as DraftAnswer
    if (!draft.sites.includes(options.site))
      return { status: 404, html: refusalPage(TITLES[404], 'Dit document hoort bij de andere site; open het voorbeeld daar.') }
    return draft
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
      const draft = await draftOf(token)
      if (!('doc' in draft)) return send(draft.status, draft.html)
      const images = previewImages(draft.media, token!)
      if (url.pathname.startsWith(PREVIEW_IMAGE_PREFIX)) {
        // One of the draft's images, resized as the site build does; any other file is not the token's.
        const image = images.get(url.pathname.slice(PREVIEW_IMAGE_PREFIX.length))
        if (!image) return send(404, refusalPage(TITLES[404], 'Deze afbeelding hoort niet bij dit voorbeeld.'))
        await fetchMedia(draft.media, token!)
        const bytes = await renderVariant(image.variant)
        res.writeHead(200, { ...headers, 'Content-Type': 'image/webp' })
        return void res.end(req.method === 'HEAD' ? undefined : bytes)
      }
      const { collection, doc } = draft
      const version = createHash('sha256')
        .update(JSON.stringify([doc, draft.media]))
        .digest('base64url')
        .slice(0, 16)
      // The live script asks with HEAD whether the draft changed: no render needed for that.
      if (req.method === 'HEAD') return send(200, '', { 'X-Preview-Version': version })
      await fetchMedia(draft.media, token!)
      let snapshot = mergeDraft(await publishedSnapshot(), collection, doc)
      for (const media of draft.media) snapshot = mergeDraft(snapshot, 'media', media)
      const page = await (await siteRenderer()).render(previewPath(options.site, collection, doc), snapshot)
      const sites = SITE_NAMES.filter((site) => draft.links[site]).map((site) => ({
        label: SITE_LABELS[site],
        href: draft.links[site]!,
        current: site === options.site,
      }))
      send(page.status, asPreviewPage(withPreviewImages(page.html, images), admins, version, sites), { 'X-Preview-Version': version })
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
