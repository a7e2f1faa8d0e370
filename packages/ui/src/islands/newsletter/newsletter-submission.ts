/**
 * Sending a newsletter sign-up to the CMS (`POST <cms>/api/newsletter/subscribe`) and reading
 * its answer: 202 with `{ message }` for every valid request (whatever state the address is in),
 * 4xx with `{ error }` in Dutch and perhaps `{ issues: [{ path, message }] }` (the island API's
 * `problem()` shape; `{ problems }` is read too). Pure apart from the `fetch` it is
 * given, so it is tested without a browser. The body is exactly `newsletterSubscribeInput`.
 */
import type { Channel, NewsletterConsentVersion, NewsletterSubscribeInput, SiteName } from '@vsp/content-models'
import { postJson } from '../post-json'

export type SignupField = 'email' | 'consent'

export interface SignupRequest {
  endpoint: string
  audience: SiteName
  consentVersion: NewsletterConsentVersion
  /** a landing page's slug, or the site path of the page the form is on */
  page: string
  channel: Channel | null
}

export type SignupOutcome =
  | { kind: 'sent'; message: string }
  | { kind: 'invalid'; message: string; fields: Partial<Record<SignupField, string>> }
  | { kind: 'unreachable'; message: string }

const UNREACHABLE = 'Aanmelden lukt nu niet: de verbinding met onze website is verbroken. Probeer het later opnieuw.'
export const EMAIL_MISSING = 'Vul uw e-mailadres in.'
export const EMAIL_INVALID = 'Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.nl.'
export const CONSENT_MISSING = 'Vink aan dat u de nieuwsbrief wilt ontvangen.'

/**
 * What the form checks before anything is sent: an address at all, and consent. The API checks
 * the address properly; without consent the address is not sent anywhere.
 */
export function checkSignup(email: string, consent: boolean): Partial<Record<SignupField, string>> {
  const fields: Partial<Record<SignupField, string>> = {}
  const trimmed = email.trim()
  if (!trimmed) fields.email = EMAIL_MISSING
  else if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(trimmed)) fields.email = EMAIL_INVALID
  if (!consent) fields.consent = CONSENT_MISSING
  return fields
}

export function signupBody(request: SignupRequest, email: string): NewsletterSubscribeInput {
  return {
    email: email.trim(),
    audience: request.audience,
    consentVersion: request.consentVersion,
    page: request.page,
    channel: request.channel,
  }
}

const FIELD_OF: Record<string, SignupField> = { email: 'email', consentVersion: 'consent', consent: 'consent' }

/** The API's issues per field: `[{ path, message }]` (path `email` or `consentVersion`) or `{ field: message }`. */
export function problemsByField(problems: unknown): Partial<Record<SignupField, string>> {
  const fields: Partial<Record<SignupField, string>> = {}
  const entries: [unknown, unknown][] = Array.isArray(problems)
    ? problems.map((p) =>
        p && typeof p === 'object'
          ? [(p as { path?: unknown; field?: unknown }).path ?? (p as { field?: unknown }).field, (p as { message?: unknown }).message]
          : [null, null],
      )
    : problems && typeof problems === 'object'
      ? Object.entries(problems)
      : []
  for (const [path, message] of entries) {
    const field = FIELD_OF[String(Array.isArray(path) ? path[0] : path).split('.')[0]]
    if (field && typeof message === 'string') fields[field] ??= message
  }
  return fields
}

export async function submitSignup(request: SignupRequest, email: string, fetcher: typeof fetch = fetch): Promise<SignupOutcome> {
  const answer = await postJson(request.endpoint, signupBody(request, email), fetcher)
  if (!answer) return { kind: 'unreachable', message: UNREACHABLE }
  const { text, status } = answer
  if (answer.ok)
    return { kind: 'sent', message: text || 'Bedankt. Kijk in uw mailbox: met de link in de e-mail bevestigt u uw aanmelding.' }
  if (status === 429)
    return {
      kind: 'unreachable',
      message: text || 'Er worden nu te veel aanmeldingen tegelijk verstuurd. Probeer het over een paar minuten opnieuw.',
    }
  if (status >= 400 && status < 500)
    return {
      kind: 'invalid',
      message: text || 'Uw aanmelding kon niet worden verwerkt.',
      fields: problemsByField(answer.json?.issues ?? answer.json?.problems),
    }
  return { kind: 'unreachable', message: UNREACHABLE }
}
