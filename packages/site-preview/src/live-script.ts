import { escapeHtml } from './refusal-page'

/** Where the preview page's script is served, by the site server (a file: the site's CSP has no 'unsafe-inline'). */
export const LIVE_SCRIPT_PATH = '/voorbeeld/live.js'

/** The banner's stylesheet, a file for the same reason (the CSP allows no inline style either). */
export const BANNER_STYLE_PATH = '/voorbeeld/concept.css'

/**
 * The banner above every preview, so that no one mistakes a draft for the live page: a note for
 * screen readers too, in the page's flow (it pushes the page down, covers nothing, and leaves
 * the quick exit where it is), and never printed.
 */
export const BANNER_STYLE = `.vsp-concept-banner{display:block;margin:0;padding:.5rem 1rem;background:#fff3c4;color:#1a1a1a;
border-bottom:3px solid #8a6d00;font:600 1rem/1.4 system-ui,sans-serif;text-align:center}
.vsp-concept-banner a{color:#1a1a1a}
@media print{.vsp-concept-banner{display:none}}
`
const BANNER_TEXT = '<strong>Concept</strong>: zo ziet deze pagina eruit na publiceren. Bezoekers zien deze versie nog niet.'

/** One site a document can be previewed on: for a document on both sites, the banner switches between them. */
export interface PreviewSiteLink {
  label: string
  href: string
  current: boolean
}

function banner(sites: readonly PreviewSiteLink[]): string {
  const link = (site: PreviewSiteLink) =>
    site.current
      ? `<strong aria-current="page">${escapeHtml(site.label)}</strong>`
      : `<a href="${escapeHtml(site.href)}">${escapeHtml(site.label)}</a>`
  const choice = sites.length > 1 ? ` <span data-preview-sites>Bekijk op: ${sites.map(link).join(' | ')}</span>` : ''
  return `<p class="vsp-concept-banner" role="note">${BANNER_TEXT}${choice}</p>`
}

/**
 * Payload's live preview, for a page rendered on the server: tell the admin the page is ready,
 * then, on each "document saved" message from the admin's origin, reload when the draft changed
 * (the site server sends its version in x-preview-version). The admin also sends that message
 * once right after "ready"; the version check keeps that from reloading for nothing.
 */
export const LIVE_SCRIPT = `(() => {
  const script = document.currentScript
  if (!script || window.parent === window) return
  const admins = (script.dataset.cms || '').split(' ').filter(Boolean)
  const version = script.dataset.version
  for (const origin of admins) window.parent.postMessage({ type: 'payload-live-preview', ready: true }, origin)
  let checking = false
  window.addEventListener('message', async (event) => {
    if (!admins.includes(event.origin) || !event.data || event.data.type !== 'payload-document-event' || checking) return
    checking = true
    try {
      const answer = await fetch(location.href, { method: 'HEAD', cache: 'no-store' })
      if (answer.headers.get('x-preview-version') !== version) location.reload()
    } finally {
      checking = false
    }
  })
})()
`

/**
 * The rendered page as a preview: the "concept" banner at the top of its body (with a choice of
 * site for a document on both), the live script
 * at the end, and no page views (the shared script counts only when `<html>` names a stats server): an editor's look at a
 * draft is not a visit.
 */
export function asPreviewPage(
  html: string,
  cmsOrigins: readonly string[],
  version: string,
  sites: readonly PreviewSiteLink[] = [],
): string {
  const page = html
    .replace(/^(<!DOCTYPE html>)?(<html[^>]*?) data-stats="[^"]*"/i, '$1$2')
    .replace(/<\/head>/i, `<link rel="stylesheet" href="${BANNER_STYLE_PATH}"></head>`)
    .replace(/<body[^>]*>/i, (body) => `${body}${banner(sites)}`)
  const tag = `<script src="${LIVE_SCRIPT_PATH}" data-cms="${escapeHtml(cmsOrigins.join(' '))}" data-version="${escapeHtml(version)}" defer></script>`
  const at = page.lastIndexOf('</body>')
  return at === -1 ? `${page}${tag}` : `${page.slice(0, at)}${tag}${page.slice(at)}`
}
