import type { Payload } from 'payload'
import type { NewsletterMail } from './mails'

/**
 * Hands the mail to SMTP without waiting for it: the sign-up's answer must not take longer for
 * one kind of address than another. A failure is logged without the address or the SMTP
 * server's reply, which usually quotes it.
 */
export function sendInBackground(payload: Payload, to: string, mail: NewsletterMail): void {
  void payload.sendEmail({ to, subject: mail.subject, text: mail.text, html: mail.html, headers: mail.headers }).catch((error: unknown) => {
    const code = (error as { code?: string; responseCode?: number })?.code ?? 'unknown'
    payload.logger.error(`Nieuwsbriefmail niet verzonden (${code})`)
  })
}
