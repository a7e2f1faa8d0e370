/** One entry of a page's table of contents ("Op deze pagina"). */
export interface TocEntry {
  id: string
  text: string
  /** The heading level as rendered (after any heading offset). */
  depth: number
}

/** Content levels that go into the table of contents: the page's sections and their parts. */
export const TOC_SOURCE_DEPTHS = [2, 3] as const

export const TOC_MIN_HEADINGS = 3
export const TOC_MIN_WORDS = 600

export function countWords(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length
}

/**
 * The one rule for showing a table of contents: a page with many sections, or a long page with
 * at least two to jump between. A single heading never makes a useful list.
 */
export function shouldShowToc(toc: readonly TocEntry[], text: string): boolean {
  if (toc.length >= TOC_MIN_HEADINGS) return true
  return toc.length >= 2 && countWords(text) > TOC_MIN_WORDS
}
