import crypto from 'node:crypto'
import type { NewsletterTokenPurpose } from '@vsp/content-models'
import type { Payload, PayloadRequest } from 'payload'

const HOUR = 60 * 60_000

/** How long a link works: a confirmation link three days, an unsubscribe link a year. */
export const TOKEN_TTL_MS: Record<NewsletterTokenPurpose, number> = { confirm: 72 * HOUR, unsubscribe: 365 * 24 * HOUR }

/** 256 random bits, URL-safe (43 characters). */
export const newToken = (): string => crypto.randomBytes(32).toString('base64url')

/** Only this is stored: whoever reads the database cannot rebuild a working link from it. */
export const hashToken = (token: string): string => crypto.createHash('sha256').update(token).digest('hex')

/** What a token in a link looks like; anything else is refused before the database is asked. */
export const isTokenShaped = (value: unknown): value is string => typeof value === 'string' && /^[A-Za-z0-9_-]{43}$/.test(value)

/** Stores a new token's hash for one purpose and returns the token, for the mail only. */
export async function issueToken(
  payload: Payload,
  req: PayloadRequest,
  subscription: number | string,
  purpose: NewsletterTokenPurpose,
  now: Date,
): Promise<string> {
  const token = newToken()
  const expiresAt = new Date(now.getTime() + TOKEN_TTL_MS[purpose]).toISOString()
  await payload.create({
    collection: 'newsletter-tokens',
    data: { hash: hashToken(token), purpose, expiresAt, subscription },
    overrideAccess: true,
    req,
  })
  return token
}

export type Redeemed = { ok: true; subscription: number | string } | { ok: false; reason: 'unknown' | 'expired' | 'used' }

/**
 * Uses a token up: it must exist, have this purpose, not be expired and not be used. Marking it
 * used is conditional on it being unused, so two POSTs at once cannot both succeed.
 */
export async function redeemToken(
  payload: Payload,
  req: PayloadRequest,
  token: unknown,
  purpose: NewsletterTokenPurpose,
  now: Date,
): Promise<Redeemed> {
  if (!isTokenShaped(token)) return { ok: false, reason: 'unknown' }
  const found = await payload.find({
    collection: 'newsletter-tokens',
    where: { hash: { equals: hashToken(token) } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const doc = found.docs[0]
  if (!doc || doc.purpose !== purpose) return { ok: false, reason: 'unknown' }
  if (doc.usedAt) return { ok: false, reason: 'used' }
  if (new Date(doc.expiresAt).getTime() <= now.getTime()) return { ok: false, reason: 'expired' }
  const marked = await payload.update({
    collection: 'newsletter-tokens',
    where: { and: [{ id: { equals: doc.id } }, { usedAt: { exists: false } }] },
    data: { usedAt: now.toISOString() },
    depth: 0,
    overrideAccess: true,
    req,
  })
  if (marked.docs.length !== 1) return { ok: false, reason: 'used' }
  const subscription = doc.subscription
  return { ok: true, subscription: typeof subscription === 'object' && subscription ? subscription.id : subscription }
}
