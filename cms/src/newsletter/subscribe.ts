import type { NewsletterSubscribeInput } from '@vsp/content-models'
import type { Payload, PayloadRequest } from 'payload'
import { normaliseEmail } from './address'
import { addressIsOverLimit, overallWait } from './limits'
import { CONFIRM_PATH, pageLink, UNSUBSCRIBE_PATH } from './links'
import { newsletterMail, type MailKind } from './mails'
import { sendInBackground } from './send'
import { issueToken } from './tokens'
import { inTransaction } from './transaction'

/** The one answer to every accepted sign-up, whatever state the address is in. */
export const SUBSCRIBE_MESSAGE = 'Bedankt. Kijk in uw mailbox: we hebben u een e-mail gestuurd. Bevestig daarin uw aanmelding.'

export type SubscribeResult = { accepted: true } | { accepted: false; retryAfter: number }

interface Outgoing {
  to: string
  kind: MailKind
  audience: NewsletterSubscribeInput['audience']
  confirmToken?: string
  unsubscribeToken: string
}

/**
 * Stores the sign-up and decides which mail it gets. Every branch does the same database work
 * (a lookup, a write of the subscription, the tokens), so the time of the answer says nothing
 * about the address: new, pending and unsubscribed addresses get a confirmation mail, a
 * confirmed one a mail saying it is already subscribed. Over the per-address limit nothing is
 * sent, and the answer is still the same.
 */
async function store(
  payload: Payload,
  req: PayloadRequest,
  input: NewsletterSubscribeInput,
  now: Date,
): Promise<Outgoing | 'busy' | number> {
  const wait = await overallWait(payload, req, now)
  if (wait) return wait
  const email = normaliseEmail(input.email)
  const existing = await payload.find({
    collection: 'newsletter-subscriptions',
    where: { email: { equals: email } },
    limit: 10,
    depth: 0,
    overrideAccess: true,
    req,
  })
  if (
    await addressIsOverLimit(
      payload,
      req,
      existing.docs.map((doc) => doc.id),
      now,
    )
  )
    return 'busy'
  const current = existing.docs.find((doc) => doc.audience === input.audience)
  const fresh = {
    status: 'pending' as const,
    consentVersion: input.consentVersion,
    signedUpAt: now.toISOString(),
    confirmedAt: null,
    unsubscribedAt: null,
    page: input.page || null,
    channel: input.channel ?? null,
  }
  const common = { overrideAccess: true, depth: 0, req } as const
  if (current?.status === 'confirmed') {
    // Nothing about a confirmed subscription changes; the write keeps the work the same.
    await payload.update({ collection: 'newsletter-subscriptions', id: current.id, data: { status: 'confirmed' }, ...common })
    const unsubscribeToken = await issueToken(payload, req, current.id, 'unsubscribe', now)
    return { to: email, kind: 'already-subscribed', audience: input.audience, unsubscribeToken }
  }
  const subscription = current
    ? await payload.update({ collection: 'newsletter-subscriptions', id: current.id, data: fresh, ...common })
    : await payload.create({ collection: 'newsletter-subscriptions', data: { email, audience: input.audience, ...fresh }, ...common })
  const confirmToken = await issueToken(payload, req, subscription.id, 'confirm', now)
  const unsubscribeToken = await issueToken(payload, req, subscription.id, 'unsubscribe', now)
  return { to: email, kind: 'confirm', audience: input.audience, confirmToken, unsubscribeToken }
}

/** `POST /api/newsletter/subscribe` after validation: store, then send without waiting. */
export async function subscribe(payload: Payload, input: NewsletterSubscribeInput, now = new Date()): Promise<SubscribeResult> {
  let outcome: Awaited<ReturnType<typeof store>>
  try {
    outcome = await inTransaction(payload, (req) => store(payload, req, input, now))
  } catch {
    // Two sign-ups of a new address at once: the unique index refused the second row. Once
    // more, now that the first is stored.
    outcome = await inTransaction(payload, (req) => store(payload, req, input, now))
  }
  if (typeof outcome === 'number') return { accepted: false, retryAfter: outcome }
  if (outcome === 'busy') return { accepted: true }
  const links = {
    confirm: outcome.confirmToken ? pageLink(CONFIRM_PATH, outcome.confirmToken) : undefined,
    unsubscribe: pageLink(UNSUBSCRIBE_PATH, outcome.unsubscribeToken),
    unsubscribeMailto: process.env.NEWSLETTER_UNSUBSCRIBE_MAILTO || undefined,
  }
  sendInBackground(payload, outcome.to, newsletterMail(outcome.kind, outcome.audience, links))
  return { accepted: true }
}
