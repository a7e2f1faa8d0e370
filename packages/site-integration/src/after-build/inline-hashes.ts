import { createHash } from 'node:crypto'

/** Script types a browser runs; `application/ld+json` and other data blocks are not subject to script-src. */
const EXECUTABLE = /^(|text\/javascript|application\/javascript|module)$/i

// Every page carries the same few inline scripts and styles: each is hashed once per build.
const known = new Map<string, string>()
const KNOWN_LIMIT = 1000
function sha256(text: string): string {
  let hash = known.get(text)
  if (hash === undefined) {
    hash = `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`
    if (known.size >= KNOWN_LIMIT) known.clear()
    known.set(text, hash)
  }
  return hash
}

/** Any whitespace before `style=` anywhere: every page without one skips the per-tag search. */
const MAYBE_STYLE_ATTRIBUTE = /\sstyle\s*=/i

export interface InlineHashes {
  scripts: string[]
  styles: string[]
  /** `style="…"` attributes: a hash policy cannot allow these without 'unsafe-hashes', so the build refuses them */
  styleAttributes: number
}

/** The CSP hash sources of every inline script and style element in one HTML page. */
export function inlineHashes(html: string): InlineHashes {
  const scripts: string[] = []
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    const attrs = match[1] ?? ''
    if (/\bsrc\s*=/i.test(attrs)) continue
    const type = /\btype\s*=\s*["']?([^"'\s>]*)/i.exec(attrs)?.[1] ?? ''
    if (EXECUTABLE.test(type)) scripts.push(sha256(match[2] ?? ''))
  }
  const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi)].map((m) => sha256(m[1] ?? ''))
  const styleAttributes = MAYBE_STYLE_ATTRIBUTE.test(html) ? [...html.matchAll(/<[a-z][^>]*\sstyle\s*=/gi)].length : 0
  return { scripts, styles, styleAttributes }
}
