import type { Endpoint, PayloadRequest } from 'payload'
import { newsletterEraseInput, newsletterSubscribeInput, SITE_NAMES, type SiteName } from '@vsp/content-models'
import { mayErase, mayReadSubscribers } from '../access/newsletter-access'
import { eraseAddress } from '../newsletter/erase'
import { exportConfirmedCsv, loadNewsletterCounts } from '../newsletter/load'
import { subscribe, SUBSCRIBE_MESSAGE } from '../newsletter/subscribe'
import { issuesOf, problem, readJson } from './read-json'
import { sitePreflight, withSiteCors } from './site-cors'

/** The database's own error messages quote the values, the address among them: log only that it failed. */
function failed(req: PayloadRequest, what: string): Response {
  req.payload.logger.error(`Nieuwsbrief: ${what} mislukt`)
  return problem(500, 'Er ging iets mis. Probeer het later opnieuw.')
}

/** 401 for visitors, 403 for staff without the right role, undefined when allowed. */
function refuse(req: PayloadRequest, allowed: boolean, who: string): Response | undefined {
  if (!req.user) return problem(401, 'Log in om dit te doen.')
  if (!allowed) return problem(403, `Alleen voor ${who}.`)
  return undefined
}

const subscribeEndpoint: Endpoint = {
  path: '/newsletter/subscribe',
  method: 'post',
  handler: async (req) => {
    const body = await readJson(req)
    if (!body.ok) return problem(body.status, body.error)
    const parsed = newsletterSubscribeInput.safeParse(body.value)
    if (!parsed.success) return problem(422, parsed.error.issues[0]?.message ?? 'Ongeldige aanmelding.', issuesOf(parsed.error))
    try {
      const result = await subscribe(req.payload, parsed.data)
      if (!result.accepted) {
        const response = problem(429, 'Er komen nu erg veel aanmeldingen binnen. Probeer het later opnieuw.')
        response.headers.set('retry-after', String(result.retryAfter))
        return response
      }
    } catch {
      return failed(req, 'aanmelding')
    }
    return Response.json({ message: SUBSCRIBE_MESSAGE }, { status: 202, headers: { 'cache-control': 'no-store' } })
  },
}

const isAudience = (value: string | null): value is SiteName => SITE_NAMES.includes(value as SiteName)

/** GET /api/newsletter/export?audience=…: confirmed subscribers as CSV. Marketers and admins. */
const exportEndpoint: Endpoint = {
  path: '/newsletter/export',
  method: 'get',
  handler: async (req) => {
    const refused = refuse(req, mayReadSubscribers(req.user), 'marketeers en beheerders')
    if (refused) return refused
    const audience = req.searchParams.get('audience')
    if (!isAudience(audience)) return problem(400, 'Kies audience=helpers of audience=professionals.')
    const csv = await exportConfirmedCsv(req.payload, audience)
    const date = new Date().toISOString().slice(0, 10)
    return new Response(csv, {
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="nieuwsbrief-${audience}-${date}.csv"`,
        'cache-control': 'no-store',
      },
    })
  },
}

/** GET /api/newsletter/counts: what the admin view shows, as JSON. Marketers and admins. */
const countsEndpoint: Endpoint = {
  path: '/newsletter/counts',
  method: 'get',
  handler: async (req) => {
    const refused = refuse(req, mayReadSubscribers(req.user), 'marketeers en beheerders')
    if (refused) return refused
    return Response.json(await loadNewsletterCounts(req.payload), { headers: { 'cache-control': 'no-store' } })
  },
}

/** POST /api/newsletter/erase {email}: the person's subscriptions and tokens go. Admins only. */
const eraseEndpoint: Endpoint = {
  path: '/newsletter/erase',
  method: 'post',
  handler: async (req) => {
    const refused = refuse(req, mayErase(req.user), 'beheerders')
    if (refused) return refused
    const body = await readJson(req)
    if (!body.ok) return problem(body.status, body.error)
    const parsed = newsletterEraseInput.safeParse(body.value)
    if (!parsed.success) return problem(422, parsed.error.issues[0]!.message, issuesOf(parsed.error))
    try {
      const { subscriptions } = await eraseAddress(req.payload, parsed.data.email)
      const message = subscriptions
        ? `Gewist: ${subscriptions} ${subscriptions === 1 ? 'aanmelding' : 'aanmeldingen'} met hun links. Er blijft alleen een sleutelhash van het adres over.`
        : 'Dit adres stond niet op een lijst. De wisaanvraag is vastgelegd met een sleutelhash van het adres.'
      return Response.json({ message, subscriptions }, { headers: { 'cache-control': 'no-store' } })
    } catch {
      return failed(req, 'wissen')
    }
  },
}

/** The newsletter API; the sign-up answers the sites' CORS preflight, like the island API. */
export const newsletterEndpoints: Endpoint[] = [
  { ...subscribeEndpoint, handler: async (req) => withSiteCors(req, await subscribeEndpoint.handler(req)) },
  sitePreflight(subscribeEndpoint.path),
  exportEndpoint,
  countsEndpoint,
  eraseEndpoint,
]
