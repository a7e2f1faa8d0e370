import config from '@payload-config'
import type { NewsletterTokenPurpose } from '@vsp/content-models'
import { getPayload } from 'payload'
import { renderPage, type PageContent } from './html'
import { CONFIRM_PATH, UNSUBSCRIBE_PATH } from './links'
import { actOnToken, type ActionResult } from './token-actions'

const MAX_FORM_BYTES = 4096

interface Texts {
  path: string
  ask: PageContent
  done: PageContent
  refused: Record<Exclude<ActionResult, { ok: true }>['reason'], PageContent>
}

const again = 'Meld u opnieuw aan via het formulier op de site; u krijgt dan een nieuwe link.'

const TEXTS: Record<NewsletterTokenPurpose, Texts> = {
  confirm: {
    path: CONFIRM_PATH,
    ask: { title: 'Aanmelding bevestigen', paragraphs: ['Klik op de knop om uw aanmelding voor de nieuwsbrief te bevestigen.'] },
    done: {
      title: 'Uw aanmelding is bevestigd',
      paragraphs: ['Bedankt. U ontvangt voortaan de nieuwsbrief. In elke nieuwsbrief staat een link om u af te melden.'],
    },
    refused: {
      unknown: { title: 'Deze link werkt niet', paragraphs: ['De link is niet (meer) geldig.', again] },
      used: { title: 'Deze link is al gebruikt', paragraphs: ['Met deze link is de aanmelding al bevestigd. Een link werkt één keer.'] },
      expired: { title: 'Deze link is verlopen', paragraphs: ['Een bevestigingslink werkt 72 uur.', again] },
    },
  },
  unsubscribe: {
    path: UNSUBSCRIBE_PATH,
    ask: {
      title: 'Afmelden voor de nieuwsbrief',
      paragraphs: ['Klik op de knop om u af te melden. U ontvangt daarna geen nieuwsbrief meer.'],
    },
    done: {
      title: 'U bent afgemeld',
      paragraphs: ['U ontvangt de nieuwsbrief niet meer. U kunt zich altijd opnieuw aanmelden op de site.'],
    },
    refused: {
      unknown: {
        title: 'Deze link werkt niet',
        paragraphs: ['De afmeldlink is niet (meer) geldig. Gebruik de link in de nieuwste e-mail die u van ons kreeg.'],
      },
      used: { title: 'Deze link is al gebruikt', paragraphs: ['Met deze link bent u al afgemeld. Een link werkt één keer.'] },
      expired: { title: 'Deze link is verlopen', paragraphs: ['Gebruik de link in de nieuwste e-mail die u van ons kreeg.'] },
    },
  },
}

const html = (page: PageContent, status = 200) =>
  new Response(renderPage(page), {
    status,
    headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', 'x-robots-tag': 'noindex' },
  })

/**
 * The confirm and unsubscribe pages. GET only shows a button and never looks the token up: mail
 * scanners fetch every link in a mail, and must not confirm or use anything up. POST does the
 * work: from the page's form (field `token`), or as an RFC 8058 one-click unsubscribe (body
 * `List-Unsubscribe=One-Click`, token in the address the List-Unsubscribe header gave).
 */
export function tokenPageRoutes(purpose: NewsletterTokenPurpose) {
  const texts = TEXTS[purpose]
  return {
    GET(request: Request): Response {
      const token = new URL(request.url).searchParams.get('token') ?? ''
      if (!token) return html(texts.refused.unknown, 400)
      return html({ ...texts.ask, form: { action: texts.path, token, button: texts.ask.title } })
    },
    async POST(request: Request): Promise<Response> {
      if (Number(request.headers.get('content-length') ?? 0) > MAX_FORM_BYTES) return html(texts.refused.unknown, 413)
      let token: unknown = new URL(request.url).searchParams.get('token')
      try {
        const form = await request.formData()
        token = form.get('token') ?? token
      } catch {
        // no form body: the token in the address is all there is
      }
      const payload = await getPayload({ config })
      const result = await actOnToken(payload, purpose, token)
      if (result.ok) return html(texts.done)
      return html(texts.refused[result.reason], result.reason === 'unknown' ? 400 : 410)
    },
  }
}
