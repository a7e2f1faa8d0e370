import type { Endpoint } from 'payload'
import { hasRole } from '../access/roles'
import { rebuildStatus } from '../rebuild'
import { problem } from './read-json'

/** How far the site rebuild after publishing is, for the admin's status line (staff only). */
export const rebuildStatusEndpoint: Endpoint = {
  path: '/rebuild-status',
  method: 'get',
  handler: (req) => {
    if (!hasRole(req.user, 'admin', 'editor', 'marketer')) return problem(403, 'Alleen voor medewerkers die zijn ingelogd.')
    return Response.json(rebuildStatus(), { headers: { 'cache-control': 'no-store' } })
  },
}
