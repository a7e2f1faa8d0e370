/**
 * The headers of a preview answer: the site's own (its CSP with the hashes of its inline code,
 * so the page behaves as it will live), except that the CMS's admin may frame it and nothing may
 * keep or index it. A draft must never reach a cache, a search engine or the site's search.
 */
export function previewHeaders(siteHeaders: Record<string, string>, cmsOrigins: readonly string[]): Record<string, string> {
  const headers: Record<string, string> = {}
  for (const [name, value] of Object.entries(siteHeaders)) {
    // X-Frame-Options cannot name an origin; frame-ancestors does, and browsers prefer it.
    if (name.toLowerCase() === 'x-frame-options') continue
    headers[name] = value
  }
  const ancestors = `frame-ancestors ${[...new Set(cmsOrigins)].join(' ')}`
  const policy = headers['Content-Security-Policy'] ?? "default-src 'self'"
  headers['Content-Security-Policy'] = /frame-ancestors [^;]*/.test(policy)
    ? policy.replace(/frame-ancestors [^;]*/, ancestors)
    : `${policy}; ${ancestors}`
  headers['Cache-Control'] = 'no-store'
  headers['X-Robots-Tag'] = 'noindex, nofollow'
  return headers
}

/** The admin's origin and, on this machine, its 127.0.0.1 or localhost twin (the CMS's cmsOrigins). */
export function originsOf(cmsUrl: string): string[] {
  const url = new URL(cmsUrl)
  const twin = { localhost: '127.0.0.1', '127.0.0.1': 'localhost' }[url.hostname]
  return twin ? [url.origin, `${url.protocol}//${twin}${url.port ? `:${url.port}` : ''}`] : [url.origin]
}
