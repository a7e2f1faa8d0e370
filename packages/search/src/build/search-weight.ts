/**
 * Kinds of pages that list other pages (data-kind on <main>). They hold the titles and summaries
 * of everything they link to, so without a lower weight they outrank the page a query is about.
 */
export const LISTING_KINDS: readonly string[] = ['overzicht', 'pijler', 'tools']

/** Score multiplier of a listing page in the search index: still found, but below its pages. */
export const LISTING_WEIGHT = 0.6

/** The search weight of a built page: lower for the home page and overview pages. */
export function searchWeight(page: { url: string; kind?: string }): number | undefined {
  return page.url === '/' || (page.kind !== undefined && LISTING_KINDS.includes(page.kind)) ? LISTING_WEIGHT : undefined
}

/**
 * Kinds of pages left out of the site's own search, though they are in the sitemap: landing
 * pages are campaigns that repeat what the content pages say, for visitors who come from a mail
 * or an advert; a visitor searching the site should find the content page itself.
 */
export const UNSEARCHED_KINDS: readonly string[] = ['landing']

export function inSiteSearch(kind: string | undefined): boolean {
  return kind === undefined || !UNSEARCHED_KINDS.includes(kind)
}
