import type { SiteName } from '@vsp/content-models'
import { siteOrigins } from '../lib/paths'
import { PREVIEW_TOKEN_MS, signPreviewToken } from './preview-token'

/**
 * Where each site's server answers previews (`/voorbeeld/`, packages/site-preview): the site
 * itself unless HELPERS_PREVIEW_URL / PROFESSIONALS_PREVIEW_URL say otherwise (the tests).
 */
export function previewOrigins(): Record<SiteName, string> {
  const [helpers, professionals] = siteOrigins()
  return {
    helpers: new URL(process.env.HELPERS_PREVIEW_URL ?? helpers).origin,
    professionals: new URL(process.env.PROFESSIONALS_PREVIEW_URL ?? professionals).origin,
  }
}

/** The site a document is previewed on: its own, and the helpers site for one that is on both. */
export function previewSite(doc: { site?: unknown }): SiteName {
  return doc.site === 'professionals' ? 'professionals' : 'helpers'
}

/** Expiries are rounded up to this step, so the address stays the same across saves (no iframe reload by the admin). */
const EXPIRY_STEP_MS = 5 * 60 * 1000

/** A signed preview address of one document, valid for PREVIEW_TOKEN_MS (up to one EXPIRY_STEP_MS more). */
export function previewLink(collection: string, doc: { id?: unknown; site?: unknown }, secret: string, now = Date.now()): string {
  const id = String(doc.id)
  const expires = Math.ceil((now + PREVIEW_TOKEN_MS) / EXPIRY_STEP_MS) * EXPIRY_STEP_MS
  const token = signPreviewToken({ collection, id, expires }, secret)
  return `${previewOrigins()[previewSite(doc)]}/voorbeeld/${collection}/${encodeURIComponent(id)}/?token=${token}`
}
