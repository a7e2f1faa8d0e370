import fs from 'node:fs/promises'
import path from 'node:path'
import type { CollectionSlug, Endpoint, PayloadRequest } from 'payload'
import { problem } from '../endpoints/read-json'
import { reviewField } from '../fields/review'
import { mirrorMediaFromBucket } from '../lib/media-mirror'
import { mediaDir } from '../lib/paths'
import { referencedMediaIds } from './draft-media'
import { isPreviewable } from './previewable'
import { previewAddress, previewSites } from './preview-link'
import { verifyPreviewToken } from './preview-token'

/** The review record's staff-only parts (owners, sources, notes): never out of the CMS, as in the snapshot. */
const STAFF_ONLY_REVIEW =
  'fields' in reviewField ? reviewField.fields.flatMap((f) => ('name' in f && 'access' in f && f.access?.read ? [f.name] : [])) : []

function withoutStaffFields(doc: Record<string, unknown>): Record<string, unknown> {
  const review = doc.review as Record<string, unknown> | null | undefined
  if (!review) return doc
  return { ...doc, review: Object.fromEntries(Object.entries(review).filter(([name]) => !STAFF_ONLY_REVIEW.includes(name))) }
}

type TokenDraft = { collection: string; id: string; token: string; doc: Record<string, unknown>; mediaIds: string[] }

/** The latest draft of the one document the request's preview token names, or the refusal to answer with. */
async function draftOfToken(req: PayloadRequest): Promise<TokenDraft | Response> {
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
  const config = req.payload.collections[collection as CollectionSlug].config
  const mediaIds = referencedMediaIds(config.fields, doc, req.payload.config.blocks ?? [])
  return { collection, id, token, doc: doc as unknown as Record<string, unknown>, mediaIds }
}

/** The media records a draft refers to (media is staff-only: read here for the token holder). */
async function mediaRecords(req: PayloadRequest, ids: string[]) {
  if (!ids.length) return []
  const { docs } = await req.payload.find({
    collection: 'media',
    where: { id: { in: ids } },
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  return docs as unknown as Record<string, unknown>[]
}

/** A GET endpoint for the holder of a preview token: `answer` runs only for a valid one. */
const tokenEndpoint = (path: string, answer: (req: PayloadRequest, draft: TokenDraft) => Promise<Response>): Endpoint => ({
  path,
  method: 'get',
  handler: async (req) => {
    const draft = await draftOfToken(req)
    return draft instanceof Response ? draft : answer(req, draft)
  },
})

/**
 * GET /api/preview/draft?token=…: the latest draft of the one document a preview token names,
 * in the shape the snapshot export gives documents (depth 0, staff-only fields left out), with
 * the media records it refers to and its preview address on each of its sites, for the site
 * server's /voorbeeld/ pages (packages/site-preview). The token is the access: signed by the
 * CMS for a staff member (live-preview.ts), for this document only, for 30 minutes.
 */
export const previewDraftEndpoint = tokenEndpoint('/preview/draft', async (req, draft) => {
  const doc = withoutStaffFields(draft.doc)
  const sites = previewSites(doc)
  const links = Object.fromEntries(sites.map((site) => [site, previewAddress(site, draft.collection, draft.id, draft.token)]))
  const media = await mediaRecords(req, draft.mediaIds)
  return Response.json(
    { collection: draft.collection, site: sites[0], sites, links, doc, media },
    { headers: { 'cache-control': 'no-store' } },
  )
})

/**
 * GET /api/preview/media?token=…&id=…: the original file of one image the token's draft refers
 * to, so that the preview shows an image that is not on the site yet. Any other media stays
 * staff-only (404 here); without a valid token, nothing (401/403).
 */
export const previewMediaEndpoint = tokenEndpoint('/preview/media', async (req, draft) => {
  const id = new URL(req.url ?? '', 'http://cms').searchParams.get('id') ?? ''
  if (!draft.mediaIds.includes(id)) return problem(404, 'Deze afbeelding hoort niet bij dit voorbeeld.')
  const [record] = await mediaRecords(req, [id])
  const filename = typeof record?.filename === 'string' ? path.basename(record.filename) : ''
  if (!filename) return problem(404, 'Deze afbeelding heeft geen bestand.')
  // Media in a bucket is copied into MEDIA_DIR first, as the snapshot export does for the builds.
  await mirrorMediaFromBucket([record as { filename?: string }], mediaDir)
  const bytes = await fs.readFile(path.join(mediaDir, filename)).catch(() => undefined)
  if (!bytes) return problem(404, 'Het bestand van deze afbeelding ontbreekt.')
  return new Response(new Uint8Array(bytes), {
    headers: { 'content-type': String(record.mimeType ?? 'application/octet-stream'), 'cache-control': 'no-store' },
  })
})
