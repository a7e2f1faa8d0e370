import { inSiteSearch, type SearchDocument, searchWeight } from '@vsp/search'
import { pageText } from '@vsp/ui/integration'
import { inlineHashes } from './inline-hashes'

/** What the after-build steps take from one built page: its inline code, whether it is in the sitemap, its search document. */
export interface PageFacts {
  scripts: string[]
  styles: string[]
  /** `style="…"` attributes, which the CSP does not allow */
  styleAttributes: number
  /** in sitemap.xml (not the 404 page, not noindex) */
  indexable: boolean
  search?: SearchDocument
}

export function pageFacts(url: string, html: string): PageFacts {
  const { scripts, styles, styleAttributes } = inlineHashes(html)
  const facts: PageFacts = { scripts, styles, styleAttributes, indexable: false }
  if (url === '/404.html') return facts
  const page = pageText(html)
  if (page.noindex) return facts
  facts.indexable = true
  if (inSiteSearch(page.kind)) {
    facts.search = {
      url,
      title: page.title,
      text: page.text,
      headings: page.headings,
      kind: page.kind,
      section: page.section,
      weight: searchWeight({ url, kind: page.kind }),
    }
  }
  return facts
}
