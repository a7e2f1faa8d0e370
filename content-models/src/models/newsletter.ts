import { z } from 'zod'
import { CHANNELS, SITE_NAMES } from '../constants'

/**
 * The consent text a sign-up form shows, by version. A sign-up stores the version it was shown, so
 * a changed text gets a new version and old consents keep pointing at the words they agreed to.
 */
export const NEWSLETTER_CONSENT = {
  '2026-12': 'Ik wil de nieuwsbrief ontvangen. Mijn e-mailadres wordt alleen daarvoor gebruikt; ik kan me met de link in elke nieuwsbrief afmelden.',
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
  page: z.string().max(200).regex(/^[a-z0-9/_-]*$/, 'Ongeldige pagina.').nullish(),
  channel: z.enum(CHANNELS).nullish(),
})
export type NewsletterSubscribeInput = z.infer<typeof newsletterSubscribeInput>
