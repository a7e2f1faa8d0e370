import { SITE_NAMES, type SiteName } from '@vsp/content-models'
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

/** The sites a document can be previewed on: its own, or each for one that is on both (the first is the default). */
export function previewSites(doc: { site?: unknown }): SiteName[] {
  return doc.site === 'both' ? [...SITE_NAMES] : [doc.site === 'professionals' ? 'professionals' : 'helpers']
}

/** The site a document is previewed on: `wanted` when it is one of the document's sites, else its first. */
export function previewSite(doc: { site?: unknown }, wanted?: unknown): SiteName {
  const sites = previewSites(doc)
  return sites.find((site) => site === wanted) ?? sites[0]
}

/** The preview page of one document on one site, for the holder of `token`. */
export const previewAddress = (site: SiteName, collection: string, id: string, token: string) =>
  `${previewOrigins()[site]}/voorbeeld/${collection}/${encodeURIComponent(id)}/?token=${token}`

/** Expiries are rounded up to this step, so the address stays the same across saves (no iframe reload by the admin). */
const EXPIRY_STEP_MS = 5 * 60 * 1000

/**
 * A signed preview address of one document, valid for PREVIEW_TOKEN_MS (up to one EXPIRY_STEP_MS
 * more), on `site` when the document is on it, else on its own site.
 */
export function previewLink(
  collection: string,
  doc: { id?: unknown; site?: unknown },
  secret: string,
  options: { now?: number; site?: unknown } = {},
): string {
  const id = String(doc.id)
  const expires = Math.ceil(((options.now ?? Date.now()) + PREVIEW_TOKEN_MS) / EXPIRY_STEP_MS) * EXPIRY_STEP_MS
  const token = signPreviewToken({ collection, id, expires }, secret)
  return previewAddress(previewSite(doc, options.site), collection, id, token)
}
