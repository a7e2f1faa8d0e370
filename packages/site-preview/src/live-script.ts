import { escapeHtml } from './refusal-page'

/** Where the preview page's script is served, by the site server (a file: the site's CSP has no 'unsafe-inline'). */
export const LIVE_SCRIPT_PATH = '/voorbeeld/live.js'

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
 * The rendered page as a preview: the live script added at the end of its body, and no page
 * views (the shared script counts only when `<html>` names a stats server): an editor's look at a
 * draft is not a visit.
 */
export function asPreviewPage(html: string, cmsOrigins: readonly string[], version: string): string {
  const page = html.replace(/^(<!DOCTYPE html>)?(<html[^>]*?) data-stats="[^"]*"/i, '$1$2')
  const tag = `<script src="${LIVE_SCRIPT_PATH}" data-cms="${escapeHtml(cmsOrigins.join(' '))}" data-version="${escapeHtml(version)}" defer></script>`
  const at = page.lastIndexOf('</body>')
  return at === -1 ? `${page}${tag}` : `${page.slice(0, at)}${tag}${page.slice(at)}`
}
