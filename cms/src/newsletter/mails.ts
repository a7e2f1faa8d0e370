import { SITE_LABELS, type SiteName } from '@vsp/content-models'
import { escapeHtml } from './html'

export type MailKind = 'confirm' | 'already-subscribed'

export interface MailLinks {
  /** the page with the confirm button; only for a confirmation mail */
  confirm?: string
  /** the unsubscribe page, also the one-click POST address (RFC 8058) */
  unsubscribe: string
  /** an optional mailbox that unsubscribes whoever writes to it */
  unsubscribeMailto?: string
}

export interface NewsletterMail {
  subject: string
  text: string
  html: string
  headers: Record<string, string>
}

/**
 * RFC 2369 and RFC 8058: mail programs show an "afmelden" button and may unsubscribe with a POST
 * of `List-Unsubscribe=One-Click` to the https address, without the person opening a page.
 */
export function unsubscribeHeaders(links: MailLinks): Record<string, string> {
  const targets = [`<${links.unsubscribe}>`]
  if (links.unsubscribeMailto) targets.push(`<mailto:${links.unsubscribeMailto}?subject=afmelden>`)
  return { 'List-Unsubscribe': targets.join(', '), 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' }
}

const paragraphs = (lines: string[]) => lines.map((line) => `<p>${line}</p>`).join('\n')
const link = (href: string, text: string) => `<a href="${escapeHtml(href)}">${escapeHtml(text)}</a>`

/** The two mails the sign-up sends, in Dutch, as text and as simple HTML. */
export function newsletterMail(kind: MailKind, audience: SiteName, links: MailLinks): NewsletterMail {
  const list = `de nieuwsbrief van ${SITE_LABELS[audience]}`
  const unsubscribeLine = 'Wilt u geen e-mail meer van ons? Meld u af:'
  if (kind === 'confirm') {
    if (!links.confirm) throw new Error('a confirmation mail needs its confirm link')
    const intro = `Dit e-mailadres is aangemeld voor ${list}. Was u dat? Bevestig dan uw aanmelding:`
    const after =
      'De link werkt 72 uur en één keer. Heeft u zich niet aangemeld? Dan hoeft u niets te doen: zonder bevestiging ontvangt u geen nieuwsbrief.'
    return {
      subject: 'Bevestig uw aanmelding voor de nieuwsbrief',
      text: [intro, links.confirm, '', after, '', unsubscribeLine, links.unsubscribe].join('\n'),
      html: paragraphs([
        escapeHtml(intro),
        link(links.confirm, 'Aanmelding bevestigen'),
        escapeHtml(after),
        `${escapeHtml(unsubscribeLine)} ${link(links.unsubscribe, 'afmelden')}`,
      ]),
      headers: unsubscribeHeaders(links),
    }
  }
  const intro = `Dit e-mailadres is opnieuw aangemeld voor ${list}. U bent al aangemeld; u hoeft niets te doen.`
  return {
    subject: 'U bent al aangemeld voor de nieuwsbrief',
    text: [intro, '', unsubscribeLine, links.unsubscribe].join('\n'),
    html: paragraphs([escapeHtml(intro), `${escapeHtml(unsubscribeLine)} ${link(links.unsubscribe, 'afmelden')}`]),
    headers: unsubscribeHeaders(links),
  }
}
