/**
 * Where the islands send what a visitor does. The island API and the newsletter API both live
 * in the CMS process (`cms/src/endpoints`); a build learns the one address `PUBLIC_ISLAND_API`
 * (`scripts/start.ts` sets it from CMS_PORT) and the newsletter's is computed from it, so the
 * islands and the CSP's connect-src (build/security-headers.ts) always name the same host.
 */
export const DEFAULT_ISLAND_API = 'http://localhost:3000/api/island'

/** The island API's base address without a trailing slash. */
export function islandApiBase(configured: string | undefined): string {
  return (configured || DEFAULT_ISLAND_API).replace(/\/+$/, '')
}

/** `POST <cms>/api/newsletter/subscribe`: beside the island API (`<cms>/api/island`), also under a path prefix. */
export function newsletterSubscribeUrl(islandApi: string): string {
  return new URL('../newsletter/subscribe', `${islandApiBase(islandApi)}/`).href
}
