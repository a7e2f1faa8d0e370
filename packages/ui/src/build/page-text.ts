/**
 * Reads what a built page says, for the search index and the sitemap. The HTML is our own
 * build output, so a small tag stripper is enough; no browser-grade parsing is needed.
 */
export interface PageText {
  title: string
  text: string
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
  return decodeEntities(withoutCode.replace(/<[^>]+>/g, ' '))
    .replace(/\s+/g, ' ')
    .trim()
}

function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\b${name}="([^"]*)"`).exec(tag)
  return match ? decodeEntities(match[1]) : undefined
}

export function pageText(html: string): PageText {
  const mainMatch = /(<main\b[^>]*>)([\s\S]*?)<\/main>/i.exec(html)
  const h1 = /<h1\b[^>]*>([\s\S]*?)<\/h1>/i.exec(html)
  const title = h1 ? stripTags(h1[1]) : stripTags(/<title>([\s\S]*?)<\/title>/i.exec(html)?.[1] ?? '')
  return {
    title,
    text: mainMatch ? stripTags(mainMatch[2]) : '',
    kind: mainMatch ? attribute(mainMatch[1], 'data-kind') : undefined,
    section: mainMatch ? attribute(mainMatch[1], 'data-section') : undefined,
    noindex: /<meta name="robots" content="[^"]*noindex/i.test(html),
  }
}
