/**
 * Reads what a built page says, for the search index and the sitemap. The HTML is our own
 * build output, so a small tag stripper is enough; no browser-grade parsing is needed.
 *
 * Only the page's own content is indexed: the text of `<main>` without its chrome. Chrome is
 * every `<nav>` (lesson navigation, "Op deze pagina") and every element that carries
 * `data-search-ignore` (SEARCH_IGNORE_ATTRIBUTE: the "Lees ook" and "Meer video's" lists, the
 * storage notice of an island, the newsletter sign-up form). A page that only lists another page's title must not be found
 * for it. The headings (h2–h6) of what remains are a field of their own, weighted above the body.
 */
export interface PageText {
  title: string
  text: string
  /** h2–h6 of the indexed content, joined */
  headings: string
  kind?: string
  section?: string
  noindex: boolean
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" }

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+\d*);/gi, (whole, code: string) => {
    if (code[0] === '#') {
      const n = code[1].toLowerCase() === 'x' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10)
      return Number.isFinite(n) ? String.fromCodePoint(n) : whole
    }
    return ENTITIES[code.toLowerCase()] ?? whole
  })
}

export function stripTags(html: string): string {
  const withoutCode = html.replace(/<(script|style|template|noscript)\b[\s\S]*?<\/\1>/gi, ' ')
  // Each run of two or more whitespace characters, and each single one that is not a space,
  // becomes one space: the same text as replacing every run, with far fewer replacements.
  return decodeEntities(withoutCode.replace(/<[^>]+>/g, ' '))
    .replace(/\s{2,}|[^\S ]/g, ' ')
    .trim()
}

/** Put this attribute on an element inside `<main>` to keep it (and all inside it) out of the search index. */
export const SEARCH_IGNORE_ATTRIBUTE = 'data-search-ignore'

const ignoredOpening = new RegExp(`<(nav)\\b[^>]*>|<([a-z][a-z0-9-]*)\\b[^>]*\\s${SEARCH_IGNORE_ATTRIBUTE}(?:[\\s=>/][^>]*)?>`, 'gi')

/**
 * Removes every `<nav>` and every element with the ignore attribute, with all it contains.
 * Nested elements of the same name are counted, so the matching end tag is found.
 */
export function removeChrome(html: string): string {
  let out = ''
  let from = 0
  ignoredOpening.lastIndex = 0
  for (let match = ignoredOpening.exec(html); match; match = ignoredOpening.exec(html)) {
    const name = (match[1] ?? match[2]).toLowerCase()
    out += html.slice(from, match.index)
    const tags = new RegExp(`<(/?)${name}\\b[^>]*>`, 'gi')
    tags.lastIndex = match.index + match[0].length
    let depth = match[0].endsWith('/>') ? 0 : 1
    let end = tags.lastIndex
    while (depth > 0) {
      const tag = tags.exec(html)
      if (!tag) {
        end = html.length
        break
      }
      depth += tag[1] ? -1 : tag[0].endsWith('/>') ? 0 : 1
      end = tags.lastIndex
    }
    from = end
    ignoredOpening.lastIndex = end
  }
  return out + html.slice(from)
}

function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\b${name}="([^"]*)"`).exec(tag)
  return match ? decodeEntities(match[1]) : undefined
}

function head(html: string): string {
  const end = html.search(/<\/head\s*>/i)
  return end === -1 ? html : html.slice(0, end)
}

export function pageText(html: string): PageText {
  const mainMatch = /(<main\b[^>]*>)([\s\S]*?)<\/main>/i.exec(html)
  const h1 = /<h1\b[^>]*>([\s\S]*?)<\/h1>/i.exec(html)
  const title = h1 ? stripTags(h1[1]) : stripTags(/<title>([\s\S]*?)<\/title>/i.exec(html)?.[1] ?? '')
  const content = mainMatch ? removeChrome(mainMatch[2]) : ''
  const headings = [...content.matchAll(/<h([2-6])\b[^>]*>([\s\S]*?)<\/h\1>/gi)].map((m) => stripTags(m[2]))
  return {
    title,
    text: stripTags(content),
    headings: headings.filter(Boolean).join(' '),
    kind: mainMatch ? attribute(mainMatch[1], 'data-kind') : undefined,
    section: mainMatch ? attribute(mainMatch[1], 'data-section') : undefined,
    // A robots meta belongs in the head; the body (most of the page) is not searched for it.
    noindex: /<meta name="robots" content="[^"]*noindex/i.test(head(html)),
  }
}
