import type { Endpoint, Payload, PayloadRequest } from 'payload'
import { helperTipInput, serviceEventInput } from '@vsp/content-models'
import { createIngest, type Ingest } from '../stats/ingest'
import { slugify } from '../lib/slugify'
import { databaseWindow } from './database-window'
import { limitFromEnv, type RateLimit } from './rate-limit'
import { issuesOf, problem, readJson } from './read-json'
import { sitePreflight, withSiteCors } from './site-cors'

// Generous for people, small for a script: an editor reads every tip; events are counted, not read.
// Counted in the database, so that every CMS instance behind a load balancer shares the cap.
const limits = {
  events: limitFromEnv('ISLAND_EVENTS', 6000, 60_000, databaseWindow('island-events')),
  tips: limitFromEnv('ISLAND_TIPS', 60, 60 * 60_000, databaseWindow('island-tips')),
}

// The same ingest as the stats server (cms/src/stats): shape, site cap, group commit.
let ingest: { payload: Payload; run: Ingest } | undefined
const ingestFor = (payload: Payload) => (ingest?.payload === payload ? ingest.run : (ingest = { payload, run: createIngest(payload) }).run)

/**
 * 429 with Retry-After when the endpoint's cap is reached. Checked after validation, so that junk
 * requests do not use up the quota that real visitors share (CWE-770).
 */
async function overLimit(req: PayloadRequest, limit: RateLimit, message: string): Promise<Response | undefined> {
  const wait = await limit.take(req.payload)
  if (!wait) return undefined
  const response = problem(429, message)
  response.headers.set('retry-after', String(wait))
  return response
}

/**
 * The island API: the only writes anonymous visitors can make. Both endpoints validate against
 * the content-models schemas and write with overrideAccess, because the collections refuse all
 * visitor writes through the normal REST routes. Nothing about the visitor is stored or logged.
 */
const postEndpoints: Endpoint[] = [
  {
    path: '/island/events',
    method: 'post',
    handler: async (req) => {
      const body = await readJson(req)
      if (!body.ok) return problem(body.status, body.error)
      // Services only: page views go to the stats server (STATS_PORT).
      const parsed = serviceEventInput.safeParse(body.value)
      if (!parsed.success) return problem(422, 'Ongeldige gebeurtenis.', issuesOf(parsed.error))
      const busy = await overLimit(req, limits.events, 'Er komen nu te veel gebeurtenissen binnen; probeer het later opnieuw.')
      if (busy) return busy
      const sender = { userAgent: req.headers.get('user-agent') ?? '', ip: req.headers.get('x-forwarded-for')?.split(',')[0]?.trim() ?? '' }
      const result = await ingestFor(req.payload)(parsed.data, sender)
      if (result.status === 204) return new Response(null, { status: 204 })
      const response = problem(result.status, result.error!, result.issues)
      if (result.retryAfter) response.headers.set('retry-after', String(result.retryAfter))
      return response
    },
  },
  {
    path: '/island/tips',
    method: 'post',
    handler: async (req) => {
      const body = await readJson(req)
      if (!body.ok) return problem(body.status, body.error)
      const parsed = helperTipInput.safeParse(body.value)
      if (!parsed.success) return problem(422, 'Uw tip kon niet worden opgeslagen.', issuesOf(parsed.error))
      const busy = await overLimit(
        req,
        limits.tips,
        'Er komen nu erg veel tips binnen. Probeer het over een uur opnieuw; uw tekst staat nog in het formulier.',
      )
      if (busy) return busy
      const { title, body: text, signature } = parsed.data
      await req.payload.create({
        collection: 'helper-tips',
        // A draft: an editor reads and publishes it. The slug gets a random tail so that two
        // tips with the same title never clash.
        data: {
          title,
          body: text,
          signature: signature || null,
          site: 'helpers',
          slug: `${slugify(title).slice(0, 60)}-${crypto.randomUUID().slice(0, 8)}`,
          _status: 'draft',
        },
        draft: true,
        overrideAccess: true,
        req,
      })
      return Response.json({ message: 'Dank u wel. Een redacteur leest uw tip voordat hij op de site komt.' }, { status: 201 })
    },
  },
]

/** The island endpoints with their CORS answers for the two sites. */
export const islandEndpoints: Endpoint[] = postEndpoints.flatMap((endpoint) => [
  { ...endpoint, handler: async (req) => withSiteCors(req, await endpoint.handler(req)) },
  sitePreflight(endpoint.path),
])
