import type { RichText } from '@vsp/content-models'
import { renderRichText } from '@vsp/richtext'
import { searchWeight, type SearchDocument } from '@vsp/search'
import { removeChrome, stripTags } from './page-text'

export type TextPart = string | null | undefined | false
/** Visible text pieces in reading order, joined with spaces; empty pieces are left out. */
export const joinText = (...parts: (TextPart | TextPart[])[]) => parts.flat().filter(Boolean).join(' ')

/** Rich text as the page renders it: its HTML, and the text and h2–h6 search reads from that HTML. */
export function richContent(value: RichText | null | undefined, options: { headingOffset?: number; siteOrigin?: string } = {}) {
  const rendered = renderRichText(value, options)
  const content = removeChrome(rendered.html)
  const headings = [...content.matchAll(/<h([2-6])\b[^>]*>([\s\S]*?)<\/h\1>/gi)].map((m) => stripTags(m[2])).filter(Boolean)
  return { rendered, text: stripTags(content), headings }
}

/** What a page gives the search index: its h1, its visible text (h1 included) and its headings. */
export interface PageSearch {
  url: string
  title: string
  kind?: string
  section?: string
  text: (TextPart | TextPart[])[]
  headings: TextPart[]
}

/**
 * Adds the page's search fields, computed when first read (site-pages.ts, the search-quality
 * mirror). A page renders its rich text itself; the build need not render it a second time for
 * search fields it never reads (10,000 pages: a second rich-text render of each).
 */
export function withSearch<T extends object>(page: T, search: () => PageSearch): T & { readonly search: PageSearch } {
  let value: PageSearch | undefined
  return Object.defineProperty(page, 'search', { get: () => (value ??= search()), enumerable: true }) as T & { readonly search: PageSearch }
}

/** The search document of a page model; the same weight as the built page gets. */
export function searchDocument(page: PageSearch): SearchDocument {
  const { url, title, kind, section } = page
  return {
    url,
    title,
    text: joinText(title, ...page.text),
    headings: joinText(page.headings),
    kind,
    section,
    weight: searchWeight({ url, kind }),
  }
}
