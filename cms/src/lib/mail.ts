import nodemailer from 'nodemailer'
import type { EmailAdapter } from 'payload'

type Env = Record<string, string | undefined>

/** The local mail catcher's SMTP port (maildev, started by `npm start` and the CMS tests). */
export const DEV_SMTP_PORT = 1025

/** `Naam <adres>` or a bare address, as MAIL_FROM may be written. */
export function parseFrom(value: string | undefined): { name: string; address: string } {
  const match = /^\s*(.*?)\s*<([^>]+)>\s*$/.exec(value ?? '')
  if (match) return { name: match[1] || 'Nieuwsbrief', address: match[2]! }
  return { name: 'Nieuwsbrief', address: value?.trim() || 'nieuwsbrief@localhost' }
}

/** SMTP from the environment (SMTP_HOST, SMTP_PORT, SMTP_USER, SMTP_PASS, SMTP_SECURE); the local maildev without SMTP_HOST. */
export function smtpOptions(env: Env = process.env) {
  return {
    host: env.SMTP_HOST || '127.0.0.1',
    port: Number(env.SMTP_PORT || env.MAILDEV_SMTP_PORT || DEV_SMTP_PORT),
    secure: env.SMTP_SECURE === 'true' || env.SMTP_SECURE === '1',
    ...(env.SMTP_USER ? { auth: { user: env.SMTP_USER, pass: env.SMTP_PASS ?? '' } } : {}),
    // maildev speaks plain SMTP; a real server is upgraded with STARTTLS when it offers it.
    ignoreTLS: !env.SMTP_HOST,
  }
}

/**
 * Payload's email adapter over nodemailer, what `@payloadcms/email-nodemailer` does in 30 lines.
 * That package is not used: the registry has it at 3.90.1 only, and Payload 3.90.2 refuses to start
 * with a mismatched `@payloadcms/*` version ("Mismatching payload dependency versions"). Unlike it,
 * this never falls back to an account at ethereal.email (a third party), and it does not verify the
 * connection at start, so the CMS starts while the mail server is still coming up.
 */
export function emailAdapter(env: Env = process.env): EmailAdapter {
  const from = parseFrom(env.MAIL_FROM)
  const transport = nodemailer.createTransport(smtpOptions(env))
  return () => ({
    name: 'nodemailer',
    defaultFromAddress: from.address,
    defaultFromName: from.name,
    sendEmail: async (message) => {
      const sender =
        typeof message.from === 'object' && message.from
          ? { name: message.from.name ?? from.name, address: message.from.address }
          : message.from
      return transport.sendMail({ ...message, from: sender || from })
    },
  })
}
