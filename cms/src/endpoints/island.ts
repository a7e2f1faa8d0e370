import type { Endpoint } from 'payload'
import { helperTipInput, serviceEventInput } from '@vsp/content-models'
import { slugify } from '../lib/slugify'
import { problem, readJson } from './read-json'

const issuesOf = (error: { issues: { path: PropertyKey[]; message: string }[] }) =>
  error.issues.map((issue) => ({ path: issue.path.map(String).join('.') || '(bericht)', message: issue.message }))

/**
 * The island API: the only writes anonymous visitors can make. Both endpoints validate against
 * the content-models schemas and write with overrideAccess, because the collections refuse all
 * visitor writes through the normal REST routes. Nothing about the visitor is stored or logged.
 */
export const islandEndpoints: Endpoint[] = [
  {
    path: '/island/events',
    method: 'post',
    handler: async (req) => {
      const body = await readJson(req)
      if (!body.ok) return problem(body.status, body.error)
      const parsed = serviceEventInput.safeParse(body.value)
      if (!parsed.success) return problem(422, 'Ongeldige gebeurtenis.', issuesOf(parsed.error))
      await req.payload.create({ collection: 'service-events', data: parsed.data, overrideAccess: true, req })
      return new Response(null, { status: 204 })
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
