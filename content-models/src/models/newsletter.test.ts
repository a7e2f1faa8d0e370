import { describe, expect, it } from 'vitest'
import { CURRENT_NEWSLETTER_CONSENT, newsletterSubscribeInput } from './newsletter'

const valid = { email: 'a@example.nl', audience: 'professionals', consentVersion: CURRENT_NEWSLETTER_CONSENT }

describe('newsletterSubscribeInput', () => {
  it('accepts what the form sends', () => {
    expect(newsletterSubscribeInput.parse({ ...valid, page: 'nieuwsbrief-campagne', channel: 'e-mail' })).toMatchObject(valid)
  })
  it.each([
    [{ ...valid, email: 'geen-adres' }, 'Vul een geldig e-mailadres in.'],
    [{ ...valid, audience: 'iedereen' }, 'Kies voor welke nieuwsbrief u zich aanmeldt.'],
    [{ ...valid, consentVersion: undefined }, 'Geef toestemming om de nieuwsbrief te ontvangen.'],
    [{ ...valid, consentVersion: '1999-01' }, 'Geef toestemming om de nieuwsbrief te ontvangen.'],
  ])('refuses %o in Dutch', (input, message) => {
    const result = newsletterSubscribeInput.safeParse(input)
    expect(result.success).toBe(false)
    expect(result.error?.issues[0]?.message).toBe(message)
  })
  it('refuses unknown fields', () => {
    expect(newsletterSubscribeInput.safeParse({ ...valid, ip: '1.2.3.4' }).success).toBe(false)
  })
})
