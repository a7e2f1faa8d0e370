/**
 * Reads a Netlify/Cloudflare-style `_headers` file, the one the site build writes, so that the
 * bundled server sends exactly what a static host would.
 */
export interface HeaderRule {
  path: string
  headers: Record<string, string>
}

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = []
  for (const raw of text.split(/\r?\n/)) {
    if (!raw.trim() || raw.trimStart().startsWith('#')) continue
    if (!/^\s/.test(raw)) {
      rules.push({ path: raw.trim(), headers: {} })
      continue
    }
    const rule = rules.at(-1)
    const colon = raw.indexOf(':')
    if (!rule || colon < 0) throw new Error(`_headers: a header line without a path or a colon: "${raw.trim()}"`)
    rule.headers[raw.slice(0, colon).trim()] = raw.slice(colon + 1).trim()
  }
  return rules
}

/** `/*` and `/x/*` match by prefix, anything else exactly. */
export function matches(pattern: string, pathname: string): boolean {
  return pattern.endsWith('*') ? pathname.startsWith(pattern.slice(0, -1)) : pathname === pattern
}

/** The headers for one path: every matching rule in file order, a later one replacing an earlier one's header. */
export function headersFor(rules: readonly HeaderRule[], pathname: string): Record<string, string> {
  const result: Record<string, string> = {}
  for (const rule of rules) if (matches(rule.path, pathname)) Object.assign(result, rule.headers)
  return result
}
