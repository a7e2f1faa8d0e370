import type { Payload, Where } from 'payload'
import { compactSqlite } from './erase'
import { TOKEN_TTL_MS } from './tokens'
import { inTransaction } from './transaction'

const DAY_MS = 24 * 60 * 60 * 1000

/**
 * How long an address is kept without a present consent. A sign-up that was never confirmed
 * has no consent at all: it goes a day after its link expired. An unsubscribed address goes 30
 * days after the unsubscribe, so that the marketers' counts still show recent departures. Used
 * and expired links go a day after, being of no use to anyone.
 */
export const NEWSLETTER_RETENTION_MS = {
  unconfirmed: TOKEN_TTL_MS.confirm + DAY_MS,
  unsubscribed: 30 * DAY_MS,
  spentToken: DAY_MS,
} as const

export interface NewsletterSweep {
  unconfirmed: number
  unsubscribed: number
  tokens: number
}

/**
 * The newsletter's part of the nightly retention: deletes the addresses kept past their time and
 * every token of theirs, and spent tokens; then compacts the SQLite file (as an erasure does),
 * so the deleted addresses are not left readable in free pages or the write-ahead log.
 */
export async function sweepNewsletter(payload: Payload, now = new Date()): Promise<NewsletterSweep> {
  const before = (ms: number) => new Date(now.getTime() - ms).toISOString()
  const result = await inTransaction(payload, async (req) => {
    const common = { overrideAccess: true, depth: 0, req } as const
    const expired = async (where: Where) => {
      const found = await payload.find({ collection: 'newsletter-subscriptions', where, limit: 0, pagination: false, ...common })
      const ids = found.docs.map((doc) => doc.id)
      if (ids.length) {
        await payload.delete({ collection: 'newsletter-tokens', where: { subscription: { in: ids } }, ...common })
        await payload.delete({ collection: 'newsletter-subscriptions', where: { id: { in: ids } }, ...common })
      }
      return ids.length
    }
    const unconfirmed = await expired({
      and: [{ status: { equals: 'pending' } }, { signedUpAt: { less_than: before(NEWSLETTER_RETENTION_MS.unconfirmed) } }],
    })
    const unsubscribed = await expired({
      and: [{ status: { equals: 'unsubscribed' } }, { unsubscribedAt: { less_than: before(NEWSLETTER_RETENTION_MS.unsubscribed) } }],
    })
    const spent = before(NEWSLETTER_RETENTION_MS.spentToken)
    const tokens = await payload.delete({
      collection: 'newsletter-tokens',
      where: { or: [{ expiresAt: { less_than: spent } }, { usedAt: { less_than: spent } }] },
      ...common,
    })
    return { unconfirmed, unsubscribed, tokens: tokens.docs.length }
  })
  if (result.unconfirmed || result.unsubscribed || result.tokens) await compactSqlite(payload)
  return result
}
