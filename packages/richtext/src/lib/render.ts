import type { Root } from 'mdast'
import type { RichText } from '@vsp/content-models'
import rehypeSanitize from 'rehype-sanitize'
import rehypeStringify from 'rehype-stringify'
import remarkRehype from 'remark-rehype'
import { unified } from 'unified'
import { visit } from 'unist-util-visit'
import { rehypeExternalLinks, VISUALLY_HIDDEN_CLASS } from './external-links'
import { rehypeHeadingIds } from './heading-ids'
import { rehypePhoneLinks } from './phone-numbers'
import { lexicalToMdast, type ResolveInternalLink } from './lexical-to-mdast'
import { parseMarkdown } from './parse-markdown'
import { mdastToPlainText } from './plain-text'
import { sanitizeSchema } from './sanitize-schema'
import { rehypeUnwrapDeadLinks } from './unwrap-dead-links'
import type { TocEntry } from './toc'

export interface RenderOptions {
  /** The site's origin; links to other hosts are marked external. */
  siteOrigin?: string
  /** Shift headings down, e.g. 1 when the content sits under an h2 of the page. */
  headingOffset?: number
  /** Path for an internal (CMS document) link in Lexical; without it such links become text. */
  resolveInternalLink?: ResolveInternalLink
}

export interface RenderResult {
  html: string
  toc: TocEntry[]
  text: string
}

/**
 * Lexical rich text to safe HTML, a table of contents and plain text. Lexical goes to mdast
 * first so that CMS content and markdown share one pipeline and one sanitiser.
 */
export function renderRichText(value: RichText | null | undefined, options: RenderOptions = {}): RenderResult {
  return renderMdast(lexicalToMdast(value, options), options)
}

/** Markdown (for text fields that hold markdown) to the same output as renderRichText. */
export function renderMarkdown(markdown: string | null | undefined, options: RenderOptions = {}): RenderResult {
  return renderMdast(parseMarkdown(markdown ?? ''), options)
}

export function renderMdast(tree: Root, options: RenderOptions = {}): RenderResult {
  const headingOffset = Math.max(0, Math.trunc(options.headingOffset ?? 0))
  shiftHeadings(tree, headingOffset)
  const toc: TocEntry[] = []
  const processor = unified()
    .use(remarkRehype, {
      // Raw HTML in markdown is dropped here, not passed on (allowDangerousHtml stays off).
      footnoteLabel: 'Voetnoten',
      footnoteBackLabel: 'Terug naar de tekst',
      footnoteLabelProperties: { className: [VISUALLY_HIDDEN_CLASS] },
    })
    .use(rehypeHeadingIds, { toc, headingOffset })
    .use(rehypeExternalLinks, { siteOrigin: options.siteOrigin })
    .use(rehypePhoneLinks)
    .use(rehypeSanitize, sanitizeSchema)
    .use(rehypeUnwrapDeadLinks)
    .use(rehypeStringify)
  const hast = processor.runSync(tree)
  return { html: processor.stringify(hast), toc, text: mdastToPlainText(tree) }
}

function shiftHeadings(tree: Root, offset: number): void {
  if (offset === 0) return
  visit(tree, 'heading', (node) => {
    node.depth = Math.min(6, node.depth + offset) as typeof node.depth
  })
}
