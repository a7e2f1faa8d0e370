import { newsletterSubscribeUrl, VIDEO_EMBED_ORIGINS } from '@vsp/ui/integration'

/**
 * The one list of response headers for the built sites. The build writes it as `_headers`
 * (Netlify/Cloudflare) and as an nginx snippet (host-headers.ts); the bundled server
 * (@vsp/site-server) reads that same `_headers`, so the three cannot drift apart.
 */

/** What varies per build: hashes of the inline scripts and styles, and where the island API lives. */
export interface PolicyInput {
  /** `sha256-…` sources of every inline executable `<script>` in the built pages */
  scriptHashes: readonly string[]
  /** `sha256-…` sources of every inline `<style>` */
  styleHashes: readonly string[]
  /** the island API's base address (PUBLIC_ISLAND_API); its origin and the newsletter API's go into connect-src */
  islandApi: string
  /** the stats server's base address (PUBLIC_STATS_API); page views go there (connect-src) */
  statsApi: string
}

export interface HeaderRule {
  /** a path pattern in `_headers` syntax: `/*` or a prefix ending in `/*` */
  path: string
  headers: Record<string, string>
}

/** Hashed build output (`/_astro/name.HASH.js`): a new build gets new names, so cache it for good. */
export const IMMUTABLE_CACHE = 'public, max-age=31536000, immutable'
/** Everything else (pages, search index, images) may change on the next publish: revalidate each time. */
export const REVALIDATE_CACHE = 'public, max-age=0, must-revalidate'

const quoteList = (origins: readonly string[]) => origins.map((o) => `"${o}"`).join(' ')

/**
 * A strict policy (CWE-79, CWE-693): no `unsafe-inline` or `unsafe-eval`; inline code only by
 * hash; nothing from other hosts except the island, newsletter and stats APIs (fetch) and the video players, which
 * load only after the visitor clicks. `frame-ancestors 'none'` stops framing (CWE-1021).
 */
export function contentSecurityPolicy({ scriptHashes, styleHashes, islandApi, statsApi }: PolicyInput): string {
  const hashes = (list: readonly string[]) => [...new Set(list)].sort().map((h) => `'${h}'`)
  const directives: Record<string, string[]> = {
    'default-src': ["'self'"],
    'script-src': ["'self'", ...hashes(scriptHashes)],
    'style-src': ["'self'", ...hashes(styleHashes)],
    'img-src': ["'self'", 'data:'],
    'font-src': ["'self'"],
    'media-src': ["'self'"],
    'connect-src': [
      "'self'",
      ...new Set([new URL(islandApi).origin, new URL(newsletterSubscribeUrl(islandApi)).origin, new URL(statsApi).origin]),
    ],
    'frame-src': [...VIDEO_EMBED_ORIGINS],
    'object-src': ["'none'"],
    'base-uri': ["'none'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
  }
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ')
}

/** The players may go full screen and play after the click; nothing else gets a browser feature. */
export function permissionsPolicy(): string {
  const players = `(self ${quoteList(VIDEO_EMBED_ORIGINS)})`
  const denied = ['camera', 'microphone', 'geolocation', 'payment', 'usb', 'serial', 'bluetooth', 'display-capture', 'browsing-topics']
  return [...denied.map((f) => `${f}=()`), ...['autoplay', 'fullscreen', 'picture-in-picture'].map((f) => `${f}=${players}`)].join(', ')
}

/** The rules, most general first; a later rule's header replaces an earlier one's. */
export function headerRules(input: PolicyInput): HeaderRule[] {
  return [
    {
      path: '/*',
      headers: {
        'Content-Security-Policy': contentSecurityPolicy(input),
        'X-Content-Type-Options': 'nosniff',
        'X-Frame-Options': 'DENY',
        'Referrer-Policy': 'no-referrer',
        'Permissions-Policy': permissionsPolicy(),
        'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
        'Cross-Origin-Opener-Policy': 'same-origin',
      },
    },
    { path: '/_astro/*', headers: { 'Cache-Control': IMMUTABLE_CACHE } },
  ]
}
