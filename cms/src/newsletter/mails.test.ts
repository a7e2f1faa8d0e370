import { describe, expect, it } from 'vitest'
import { newsletterMail, unsubscribeHeaders } from './mails'

const links = {
  confirm: 'https://cms.example/nieuwsbrief/bevestigen?token=abc',
  unsubscribe: 'https://cms.example/nieuwsbrief/afmelden?token=def',
}

describe('newsletter mails', () => {
  it('carries the RFC 8058 one-click headers, with a mailto only when one is configured', () => {
    expect(unsubscribeHeaders(links)).toEqual({
      'List-Unsubscribe': `<${links.unsubscribe}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    })
    expect(unsubscribeHeaders({ ...links, unsubscribeMailto: 'afmelden@cms.example' })['List-Unsubscribe']).toBe(
      `<${links.unsubscribe}>, <mailto:afmelden@cms.example?subject=afmelden>`,
    )
  })

  it('asks for confirmation with both links, in Dutch', () => {
    const mail = newsletterMail('confirm', 'professionals', links)
    expect(mail.subject).toBe('Bevestig uw aanmelding voor de nieuwsbrief')
    expect(mail.text).toContain(links.confirm)
    expect(mail.text).toContain(links.unsubscribe)
    expect(mail.text).toContain('Platform voor Professionals')
    expect(mail.html).toContain(`href="${links.confirm.replace('&', '&amp;')}"`)
  })

  it('tells a confirmed address it is already subscribed, without a confirm link', () => {
    const mail = newsletterMail('already-subscribed', 'helpers', { unsubscribe: links.unsubscribe })
    expect(mail.subject).toBe('U bent al aangemeld voor de nieuwsbrief')
    expect(mail.text).not.toContain('bevestigen')
    expect(mail.text).toContain(links.unsubscribe)
  })

  it('refuses to build a confirmation mail without its link', () => {
    expect(() => newsletterMail('confirm', 'helpers', { unsubscribe: links.unsubscribe })).toThrow()
  })
})
