import type { Endpoint } from 'payload'

/**
 * `GET /api/health`: 200 when the CMS answers and its database does, 503 otherwise. For the
 * service manager, a load balancer and the start command's watchdog. Says nothing else.
 */
export const healthEndpoint: Endpoint = {
  path: '/health',
  method: 'get',
  handler: async (req) => {
    const headers = { 'cache-control': 'no-store' }
    try {
      await req.payload.db.count({ collection: 'rebuild-requests', req, where: {} })
      return Response.json({ status: 'ok' }, { headers })
    } catch {
      return Response.json({ status: 'database-unavailable' }, { status: 503, headers })
    }
  },
}
