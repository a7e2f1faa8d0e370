import type { Payload, PayloadRequest } from 'payload'
import { limitSettingsFromEnv } from '../endpoints/rate-limit'

const HOUR = 60 * 60_000

/**
 * The sign-up's limits, counted in the database so that several CMS instances share them. A
 * sent mail is counted by the unsubscribe token it carries (every mail has exactly one).
 * Overall: NEWSLETTER_LIMIT mails per NEWSLETTER_WINDOW_MS (300 an hour). Per address:
 * NEWSLETTER_ADDRESS_LIMIT per NEWSLETTER_ADDRESS_WINDOW_MS (3 an hour), so nobody can flood
 * someone else's mailbox with confirmation mails. Sign-ups that arrive at the very same moment may
 * all read the count before any has written: a soft cap, exact for sign-ups one after another.
 */
export const newsletterLimits = () => ({
  overall: limitSettingsFromEnv('NEWSLETTER', 300, HOUR),
  perAddress: limitSettingsFromEnv('NEWSLETTER_ADDRESS', 3, HOUR),
})

/** 0 when another mail may go out now, otherwise the seconds until one may. */
export async function overallWait(payload: Payload, req: PayloadRequest, now: Date): Promise<number> {
  const { limit, windowMs } = newsletterLimits().overall
  const since = new Date(now.getTime() - windowMs).toISOString()
  const inWindow = await payload.find({
    collection: 'newsletter-tokens',
    where: { and: [{ purpose: { equals: 'unsubscribe' } }, { createdAt: { greater_than: since } }] },
    sort: 'createdAt',
    limit: 1,
    depth: 0,
    select: { createdAt: true },
    overrideAccess: true,
    req,
  })
  if (inWindow.totalDocs < limit) return 0
  const oldest = new Date(String(inWindow.docs[0]!.createdAt)).getTime()
  return Math.max(1, Math.ceil((oldest + windowMs - now.getTime()) / 1000))
}

/** Whether the address (on any audience) has had its share of mails in the window. */
export async function addressIsOverLimit(
  payload: Payload,
  req: PayloadRequest,
  subscriptionIds: (number | string)[],
  now: Date,
): Promise<boolean> {
  const { limit, windowMs } = newsletterLimits().perAddress
  if (subscriptionIds.length === 0) return false
  const since = new Date(now.getTime() - windowMs).toISOString()
  const { totalDocs } = await payload.count({
    collection: 'newsletter-tokens',
    where: {
      and: [{ subscription: { in: subscriptionIds } }, { purpose: { equals: 'unsubscribe' } }, { createdAt: { greater_than: since } }],
    },
    overrideAccess: true,
    req,
  })
  return totalDocs >= limit
}
