import { createHash, createHmac, timingSafeEqual } from 'node:crypto'

/** What a preview token lets its holder see: one document's latest draft, until it expires. */
export interface PreviewClaims {
  collection: string
  id: string
  /** expiry, in milliseconds since 1970 */
  expires: number
}

/** How long a preview link works: long enough for a session of editing, short enough to leak little. */
export const PREVIEW_TOKEN_MS = 30 * 60 * 1000

export type PreviewTokenCheck = { ok: true; claims: PreviewClaims } | { ok: false; reason: 'malformed' | 'tampered' | 'expired' }

// A key of its own, derived from the CMS secret: a preview token is no use as anything else.
const keyOf = (secret: string) => createHash('sha256').update(`vsp-preview-token:${secret}`).digest()
const mac = (secret: string, body: string) => createHmac('sha256', keyOf(secret)).update(body).digest('base64url')

/** `<claims>.<HMAC-SHA256 of the claims>`, both base64url: safe in a URL, readable by nobody but the CMS. */
export function signPreviewToken(claims: PreviewClaims, secret: string): string {
  const body = Buffer.from(JSON.stringify({ c: claims.collection, i: claims.id, e: claims.expires })).toString('base64url')
  return `${body}.${mac(secret, body)}`
}

/** Checks the signature first (in constant time), then the expiry; any change to the token fails. */
export function verifyPreviewToken(token: string, secret: string, now = Date.now()): PreviewTokenCheck {
  const [body, signature, ...rest] = token.split('.')
  if (!body || !signature || rest.length) return { ok: false, reason: 'malformed' }
  const expected = Buffer.from(mac(secret, body))
  const given = Buffer.from(signature)
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: 'tampered' }
  let parsed: { c?: unknown; i?: unknown; e?: unknown }
  try {
    parsed = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'))
  } catch {
    return { ok: false, reason: 'malformed' }
  }
  if (typeof parsed.c !== 'string' || typeof parsed.i !== 'string' || typeof parsed.e !== 'number')
    return { ok: false, reason: 'malformed' }
  if (parsed.e <= now) return { ok: false, reason: 'expired' }
  return { ok: true, claims: { collection: parsed.c, id: parsed.i, expires: parsed.e } }
}
