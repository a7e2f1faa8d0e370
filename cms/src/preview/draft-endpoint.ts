import type { CollectionSlug, Endpoint } from 'payload'
import { problem } from '../endpoints/read-json'
import { reviewField } from '../fields/review'
import { isPreviewable } from './previewable'
import { previewSite } from './preview-link'
import { verifyPreviewToken } from './preview-token'

/** The review record's staff-only parts (owners, sources, notes): never out of the CMS, as in the snapshot. */
const STAFF_ONLY_REVIEW =
  'fields' in reviewField ? reviewField.fields.flatMap((f) => ('name' in f && 'access' in f && f.access?.read ? [f.name] : [])) : []

function withoutStaffFields(doc: Record<string, unknown>): Record<string, unknown> {
  const review = doc.review as Record<string, unknown> | null | undefined
  if (!review) return doc
  return { ...doc, review: Object.fromEntries(Object.entries(review).filter(([name]) => !STAFF_ONLY_REVIEW.includes(name))) }
}

/**
 * GET /api/preview/draft?token=…: the latest draft of the one document a preview token names,
 * in the shape the snapshot export gives documents (depth 0, staff-only fields left out), for
 * the site server's /voorbeeld/ pages (packages/site-preview). The token is the access: signed
 * by the CMS for a staff member (live-preview.ts), for this document only, for 30 minutes.
 */
export const previewDraftEndpoint: Endpoint = {
  path: '/preview/draft',
  method: 'get',
  handler: async (req) => {
    const token = new URL(req.url ?? '', 'http://cms').searchParams.get('token')
    if (!token) return problem(401, 'Dit voorbeeld vraagt een geldige link uit de redactieomgeving.')
    const check = verifyPreviewToken(token, req.payload.secret)
    if (!check.ok) {
      return problem(403, check.reason === 'expired' ? 'Deze voorbeeldlink is verlopen.' : 'Deze voorbeeldlink is niet geldig.')
    }
    const { collection, id } = check.claims
    if (!isPreviewable(collection)) return problem(404, 'Onbekende collectie.')
    const doc = await req.payload
      .findByID({ collection: collection as CollectionSlug, id, draft: true, depth: 0, overrideAccess: true, disableErrors: true })
      .catch(() => null)
    if (!doc) return problem(404, 'Dit document bestaat niet (meer).')
    const draft = withoutStaffFields(doc as unknown as Record<string, unknown>)
    return Response.json({ collection, site: previewSite(draft), doc: draft }, { headers: { 'cache-control': 'no-store' } })
  },
}
