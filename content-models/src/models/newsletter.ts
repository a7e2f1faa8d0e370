import { z } from 'zod'
import { ref, systemFields } from '../common'
import { CHANNELS, SITE_NAMES } from '../constants'

/**
 * The consent text a sign-up form shows, by version. A sign-up stores the version it was shown, so
 * a changed text gets a new version and old consents keep pointing at the words they agreed to.
 */
export const NEWSLETTER_CONSENT = {
  '2026-12':
    'Ik wil de nieuwsbrief ontvangen. Mijn e-mailadres wordt alleen daarvoor gebruikt; ik kan me met de link in elke nieuwsbrief afmelden.',
} as const
export type NewsletterConsentVersion = keyof typeof NEWSLETTER_CONSENT
export const CURRENT_NEWSLETTER_CONSENT: NewsletterConsentVersion = '2026-12'

const consentVersions = Object.keys(NEWSLETTER_CONSENT) as [NewsletterConsentVersion, ...NewsletterConsentVersion[]]

/** The body of `POST /api/newsletter/subscribe`, as the sign-up form sends it. */
export const newsletterSubscribeInput = z.strictObject({
  email: z.email('Vul een geldig e-mailadres in.').max(254, 'Dit e-mailadres is te lang.'),
  /** which newsletter: the one for helpers or the one for professionals */
  audience: z.enum(SITE_NAMES, 'Kies voor welke nieuwsbrief u zich aanmeldt.'),
  /** the consent text version that was shown; absent or unknown means no consent */
  consentVersion: z.enum(consentVersions, 'Geef toestemming om de nieuwsbrief te ontvangen.'),
  /** where the form was: a landing page slug or a site path */
  page: z
    .string()
    .max(200)
    .regex(/^[a-z0-9/_-]*$/, 'Ongeldige pagina.')
    .nullish(),
  channel: z.enum(CHANNELS).nullish(),
})
export type NewsletterSubscribeInput = z.infer<typeof newsletterSubscribeInput>

/** A subscription's life: pending until the link in the mail is confirmed with a POST. */
export const NEWSLETTER_STATUSES = ['pending', 'confirmed', 'unsubscribed'] as const
export type NewsletterStatus = (typeof NEWSLETTER_STATUSES)[number]
export const NEWSLETTER_STATUS_LABELS: Record<NewsletterStatus, string> = {
  pending: 'Wacht op bevestiging',
  confirmed: 'Bevestigd',
  unsubscribed: 'Afgemeld',
}

/** A token does one thing: confirm a sign-up, or unsubscribe. */
export const NEWSLETTER_TOKEN_PURPOSES = ['confirm', 'unsubscribe'] as const
export type NewsletterTokenPurpose = (typeof NEWSLETTER_TOKEN_PURPOSES)[number]

/**
 * One address on one audience's list. What is kept: the address, the consent version and the
 * times; never an IP address or a user agent.
 */
export const newsletterSubscription = z.object({
  ...systemFields,
  /** normalised to lower case */
  email: z.email(),
  audience: z.enum(SITE_NAMES),
  status: z.enum(NEWSLETTER_STATUSES),
  consentVersion: z.string(),
  signedUpAt: z.string(),
  confirmedAt: z.string().nullish(),
  unsubscribedAt: z.string().nullish(),
  page: z.string().nullish(),
  channel: z.enum(CHANNELS).nullish(),
})
export type NewsletterSubscription = z.infer<typeof newsletterSubscription>

/** A confirm or unsubscribe token, stored only as its SHA-256 hash. */
export const newsletterToken = z.object({
  ...systemFields,
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  purpose: z.enum(NEWSLETTER_TOKEN_PURPOSES),
  expiresAt: z.string(),
  usedAt: z.string().nullish(),
  subscription: ref,
})
export type NewsletterToken = z.infer<typeof newsletterToken>

/** What an erasure leaves: a keyed hash (HMAC) of the address and when, never the address. */
export const newsletterErasure = z.object({
  ...systemFields,
  addressHash: z.string().regex(/^[0-9a-f]{64}$/),
  erasedAt: z.string(),
})
export type NewsletterErasure = z.infer<typeof newsletterErasure>

/** The body of `POST /api/newsletter/erase` (admins): the address of the person to erase. */
export const newsletterEraseInput = z.strictObject({
  email: z.email('Vul een geldig e-mailadres in.').max(254, 'Dit e-mailadres is te lang.'),
})
