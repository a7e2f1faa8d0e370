import { describe, expect, it } from 'vitest'
import { parseFrom, smtpOptions } from './mail'

describe('mail settings from the environment', () => {
  it('defaults to the local maildev', () => {
    expect(smtpOptions({})).toEqual({ host: '127.0.0.1', port: 1025, secure: false, ignoreTLS: true })
    expect(smtpOptions({ MAILDEV_SMTP_PORT: '5225' }).port).toBe(5225)
  })

  it('takes a real server with TLS and a login', () => {
    expect(smtpOptions({ SMTP_HOST: 'smtp.example.nl', SMTP_PORT: '465', SMTP_SECURE: 'true', SMTP_USER: 'u', SMTP_PASS: 'p' })).toEqual({
      host: 'smtp.example.nl',
      port: 465,
      secure: true,
      auth: { user: 'u', pass: 'p' },
      ignoreTLS: false,
    })
  })

  it('reads MAIL_FROM with or without a name', () => {
    expect(parseFrom('Slachtofferhulp <nieuwsbrief@example.nl>')).toEqual({ name: 'Slachtofferhulp', address: 'nieuwsbrief@example.nl' })
    expect(parseFrom('nieuwsbrief@example.nl')).toEqual({ name: 'Nieuwsbrief', address: 'nieuwsbrief@example.nl' })
    expect(parseFrom(undefined).address).toBe('nieuwsbrief@localhost')
  })
})
