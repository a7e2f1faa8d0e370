import { wordSpans } from '../analysis/normalize'
import { escapeHtml } from './escape-html'
import type { WordMatcher } from './match-words'

export const snippetLength = 160
/** How much text to show before the first match. */
const leadIn = 50

/** Escapes the text and wraps the matching words in <mark>. */
export function highlight(text: string, matches: WordMatcher): string {
  let html = ''
  let last = 0
  for (const span of wordSpans(text)) {
    if (!matches(span.normalized)) continue
    html += escapeHtml(text.slice(last, span.start))
    html += `<mark>${escapeHtml(text.slice(span.start, span.end))}</mark>`
    last = span.end
  }
  return html + escapeHtml(text.slice(last))
}

/** About 160 characters around the first match (or the start), cut at spaces, as safe HTML. */
export function makeSnippet(text: string, matches: WordMatcher, length = snippetLength): string {
  const clean = text.replace(/\s+/g, ' ').trim()
  const first = wordSpans(clean).find((span) => matches(span.normalized))
  // Start a little before the match, but never so late that the window ends short.
  let start = first ? Math.min(Math.max(0, first.start - leadIn), Math.max(0, clean.length - length)) : 0
  if (start > 0) {
    const space = clean.indexOf(' ', start)
    start = space === -1 || (first && space >= first.start) ? start : space + 1
  }
  let end = Math.min(clean.length, start + length)
  if (end < clean.length) {
    const space = clean.lastIndexOf(' ', end)
    if (space > start + length / 2) end = space
  }
  const body = highlight(clean.slice(start, end), matches)
  return `${start > 0 ? '…' : ''}${body}${end < clean.length ? '…' : ''}`
}
