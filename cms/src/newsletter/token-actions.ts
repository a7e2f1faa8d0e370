import type { NewsletterTokenPurpose } from '@vsp/content-models'
import type { Payload, PayloadRequest } from 'payload'
import { eventSubject } from './event-subject'
import { redeemToken, type Redeemed } from './tokens'
import { inTransaction } from './transaction'

export type ActionResult = { ok: true } | Extract<Redeemed, { ok: false }>

async function confirm(payload: Payload, req: PayloadRequest, id: number | string, now: Date): Promise<void> {
  const subscription = await payload.findByID({ collection: 'newsletter-subscriptions', id, depth: 0, overrideAccess: true, req })
  if (subscription.status === 'confirmed') return
  await payload.update({
    collection: 'newsletter-subscriptions',
    id,
    data: { status: 'confirmed', confirmedAt: now.toISOString(), unsubscribedAt: null },
    depth: 0,
    overrideAccess: true,
    req,
  })
  // Only a confirmed sign-up counts as a service; the event holds no address.
  await payload.create({
    collection: 'service-events',
    data: {
      kind: 'newsletter-signup',
      site: subscription.audience,
      channel: subscription.channel ?? 'direct',
      subject: eventSubject(subscription.page),
    },
    overrideAccess: true,
    req,
  })
}

async function unsubscribe(payload: Payload, req: PayloadRequest, id: number | string, now: Date): Promise<void> {
  await payload.update({
    collection: 'newsletter-subscriptions',
    id,
    data: { status: 'unsubscribed', unsubscribedAt: now.toISOString() },
    depth: 0,
    overrideAccess: true,
    req,
  })
}

const actions = { confirm, unsubscribe } satisfies Record<NewsletterTokenPurpose, unknown>

/** Uses the token for its one purpose and does what it is for, in one transaction. */
export async function actOnToken(
  payload: Payload,
  purpose: NewsletterTokenPurpose,
  token: unknown,
  now = new Date(),
): Promise<ActionResult> {
  return inTransaction(payload, async (req) => {
    const redeemed = await redeemToken(payload, req, token, purpose, now)
    if (!redeemed.ok) return redeemed
    await actions[purpose](payload, req, redeemed.subscription, now)
    return { ok: true }
  })
}
