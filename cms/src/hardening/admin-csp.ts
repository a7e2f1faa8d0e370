import { previewOrigins } from '../preview/preview-link'

/**
 * The admin's Content-Security-Policy (CWE-1021, CWE-693). Next's inline bootstrap needs
 * 'unsafe-inline', so the policy limits where things load from and who may frame the admin
 * (nobody). It may frame one thing: each site's preview page (live preview, cms/src/preview),
 * whose origins are known only when the server starts; hence set per request (proxy.ts), not
 * in next.config.mjs, whose headers are fixed at build time.
 */
export function adminContentSecurityPolicy(frameOrigins: readonly string[] = Object.values(previewOrigins())): string {
  return [
    "default-src 'self'",
    "script-src 'self' 'unsafe-inline'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    `frame-src 'self' ${[...new Set(frameOrigins)].join(' ')}`,
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "object-src 'none'",
  ].join('; ')
}
