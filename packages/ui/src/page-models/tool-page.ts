import type { Tool } from '@vsp/content-models'
import type { SiteUrls } from '../content/urls'
import type { PageSearch } from './page-document'

export const NOSCRIPT_HEADING = 'Deze tool werkt alleen met JavaScript'

/** What the completion event's `outcome` holds (completion-event.ts), in the visitor's words. */
export const outcomeSent = (tool: Pick<Tool, 'kind'>) =>
  tool.kind === 'scored' ? 'de uitslag (de groep waarin uw score valt, zoals "op weg")' : 'het advies waar u uitkwam'

/** The privacy note above every tool, before its privacy-statement link. */
export function toolPrivacyNote(tool: Pick<Tool, 'kind'>): string {
  return `Uw antwoorden blijven in deze browser: ze worden niet opgeslagen en niet verstuurd. Als u de tool afrondt, \
sturen we één anoniem bericht: welke tool, ${outcomeSent(tool)}, deze website en hoe u hier kwam (bijvoorbeeld \
via een zoekmachine). Er gaan geen antwoorden mee, de server bewaart geen IP-adres en er is geen cookie.`
}
export const PRIVACY_LINK_LABEL = 'Meer in de privacyverklaring'

/**
 * A tool page: title, intro and privacy note; the island renders nothing on the server. The
 * `<noscript>` block is not text search reads, but its heading is among the page's headings.
 */
export function toolPage(tool: Tool, urls: SiteUrls) {
  const url = urls.tool(tool)
  const privacyNote = toolPrivacyNote(tool)
  const search: PageSearch = {
    url,
    title: tool.title,
    kind: 'tool',
    text: [tool.intro, privacyNote, `${PRIVACY_LINK_LABEL}.`],
    headings: [NOSCRIPT_HEADING],
  }
  return { url, title: tool.title, description: tool.intro, kind: 'tool' as const, lead: tool.intro, privacyNote, search }
}
