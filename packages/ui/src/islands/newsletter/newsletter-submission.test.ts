import { describe, expect, it } from 'vitest'
import { CURRENT_NEWSLETTER_CONSENT, newsletterSubscribeInput } from '@vsp/content-models'
import {
  CONSENT_MISSING,
  EMAIL_INVALID,
  EMAIL_MISSING,
  checkSignup,
  problemsByField,
  signupBody,
  submitSignup,
  type SignupRequest,
} from './newsletter-submission'

const request: SignupRequest = {
  endpoint: 'https://cms.example.nl/api/newsletter/subscribe',
  audience: 'professionals',
  consentVersion: CURRENT_NEWSLETTER_CONSENT,
  page: 'nieuwsbrief-professionals',
  channel: 'e-mail',
}

/** A fetch that records what it was asked and answers with status and JSON. */
function answering(status: number, body: unknown) {
  const calls: { url: string; init: RequestInit }[] = []
  const fetcher = (async (url: string, init: RequestInit) => {
    calls.push({ url, init })
    return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } })
  }) as unknown as typeof fetch
  return { calls, fetcher }
}

describe('the sign-up form before sending', () => {
  it('needs an address and consent; without consent nothing is sent', () => {
    expect(checkSignup('', false)).toEqual({ email: EMAIL_MISSING, consent: CONSENT_MISSING })
    expect(checkSignup('geen adres', true)).toEqual({ email: EMAIL_INVALID })
    expect(checkSignup(' naam@voorbeeld.nl ', true)).toEqual({})
  })

  it('sends exactly what the API contract accepts', () => {
    const body = signupBody(request, ' naam@voorbeeld.nl ')
    expect(newsletterSubscribeInput.parse(body)).toEqual(body)
    expect(body).toEqual({
      email: 'naam@voorbeeld.nl',
      audience: 'professionals',
      consentVersion: CURRENT_NEWSLETTER_CONSENT,
      page: 'nieuwsbrief-professionals',
      channel: 'e-mail',
    })
    expect(newsletterSubscribeInput.parse(signupBody({ ...request, page: '/nieuwsbrief/', channel: null }, 'a@b.nl')).channel).toBeNull()
  })
})

describe('submitSignup', () => {
  it('posts JSON without cookies or referrer and shows the 202 message', async () => {
    const { calls, fetcher } = answering(202, { message: 'Kijk in uw mailbox om uw aanmelding te bevestigen.' })
    expect(await submitSignup(request, 'naam@voorbeeld.nl', fetcher)).toEqual({
      kind: 'sent',
      message: 'Kijk in uw mailbox om uw aanmelding te bevestigen.',
    })
    expect(calls[0].url).toBe(request.endpoint)
    expect(calls[0].init).toMatchObject({
      method: 'POST',
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      headers: { 'content-type': 'application/json' },
    })
    expect(JSON.parse(String(calls[0].init.body))).toEqual(signupBody(request, 'naam@voorbeeld.nl'))
  })

  it('shows a 4xx reason and puts problems beside their field', async () => {
    // As the CMS answers (cms/src/endpoints/newsletter.ts: problem(422, message, issues)).
    const api = answering(422, {
      error: 'Vul een geldig e-mailadres in.',
      issues: [{ path: 'email', message: 'Vul een geldig e-mailadres in.' }],
    })
    expect(await submitSignup(request, 'x@y.z', api.fetcher)).toEqual({
      kind: 'invalid',
      message: 'Vul een geldig e-mailadres in.',
      fields: { email: 'Vul een geldig e-mailadres in.' },
    })
    const zodLike = answering(400, {
      error: 'Controleer uw aanmelding.',
      problems: [{ path: ['email'], message: 'Vul een geldig e-mailadres in.' }],
    })
    expect(await submitSignup(request, 'x@y.z', zodLike.fetcher)).toEqual({
      kind: 'invalid',
      message: 'Controleer uw aanmelding.',
      fields: { email: 'Vul een geldig e-mailadres in.' },
    })
    const record = answering(422, {
      error: 'Geen toestemming.',
      problems: { consentVersion: 'Geef toestemming om de nieuwsbrief te ontvangen.' },
    })
    expect(await submitSignup(request, 'x@y.z', record.fetcher)).toMatchObject({
      fields: { consent: 'Geef toestemming om de nieuwsbrief te ontvangen.' },
    })
    const bare = answering(415, { error: 'Stuur JSON.' })
    expect(await submitSignup(request, 'x@y.z', bare.fetcher)).toEqual({ kind: 'invalid', message: 'Stuur JSON.', fields: {} })
  })

  it('says when to try again (429), and that the site cannot be reached (network, 5xx)', async () => {
    expect(await submitSignup(request, 'x@y.z', answering(429, { error: 'Probeer het over een uur opnieuw.' }).fetcher)).toEqual({
      kind: 'unreachable',
      message: 'Probeer het over een uur opnieuw.',
    })
    expect((await submitSignup(request, 'x@y.z', answering(500, {}).fetcher)).kind).toBe('unreachable')
    const offline = (async () => {
      throw new TypeError('Failed to fetch')
    }) as unknown as typeof fetch
    expect(await submitSignup(request, 'x@y.z', offline)).toMatchObject({
      kind: 'unreachable',
      message: expect.stringMatching(/^Aanmelden lukt nu niet/),
    })
  })

  it('ignores problems about fields the form does not have', () => {
    expect(problemsByField([{ path: 'audience', message: 'x' }, null, 'rommel'])).toEqual({})
    expect(problemsByField(undefined)).toEqual({})
  })
})
