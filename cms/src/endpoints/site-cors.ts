import type { Endpoint, PayloadRequest } from 'payload'
import { siteOrigins } from '../lib/paths'

/**
 * CORS for the island API only, and without credentials: the island API is anonymous, so no
 * site needs cookies to cross over. Payload's own `cors` option would answer both site origins
 * with `Access-Control-Allow-Credentials: true` on the whole API, `/api/users` included, which
 * turns any script on a site into a script with the logged-in editor's rights (CWE-942).
 */
function corsHeaders(req: PayloadRequest): Headers {
  const headers = new Headers({ vary: 'Origin' })
  const origin = req.headers.get('origin')
  if (origin && siteOrigins().includes(origin)) headers.set('access-control-allow-origin', origin)
  return headers
}

/** Adds the site's origin to an island API answer. */
export function withSiteCors(req: PayloadRequest, response: Response): Response {
  corsHeaders(req).forEach((value, key) => response.headers.set(key, value))
  return response
}

/** The preflight of a JSON POST from a site (`Content-Type: application/json` needs one). */
export const sitePreflight = (path: string): Endpoint => ({
  path,
  method: 'options',
  handler: async (req) => {
    const headers = corsHeaders(req)
    headers.set('access-control-allow-methods', 'POST')
    headers.set('access-control-allow-headers', 'Content-Type')
    headers.set('access-control-max-age', '600')
    return new Response(null, { status: 204, headers })
  },
})
