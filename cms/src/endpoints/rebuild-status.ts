import type { Endpoint } from 'payload'
import { mayRequestRebuild } from '../access/rebuild-access'
import { hasRole } from '../access/roles'
import { rebuildAgain, rebuildStatus } from '../rebuild'
import { problem } from './read-json'

const noStore = { 'cache-control': 'no-store' }

/** How far the site rebuild after publishing is, for the admin's status line (staff only). */
export const rebuildStatusEndpoint: Endpoint = {
  path: '/rebuild-status',
  method: 'get',
  handler: (req) => {
    if (!hasRole(req.user, 'admin', 'editor', 'marketer')) return problem(403, 'Alleen voor medewerkers die zijn ingelogd.')
    return Response.json(rebuildStatus(req.payload), { headers: noStore })
  },
}

/**
 * "Opnieuw bijwerken": queues a rebuild of both sites, for editors and admins. The login
 * cookie counts only from the admin's own origin (Payload's csrf list, CWE-352), so another
 * website cannot make an editor's browser ask for builds.
 */
export const rebuildAgainEndpoint: Endpoint = {
  path: '/rebuild-status/retry',
  method: 'post',
  handler: async (req) => {
    if (!req.user) return problem(401, 'Log in om de sites opnieuw te laten bijwerken.')
    if (!mayRequestRebuild(req.user)) return problem(403, 'Alleen redacteuren en beheerders kunnen de sites opnieuw laten bijwerken.')
    if (!(await rebuildAgain(req))) return problem(409, 'Deze CMS werkt de sites niet bij (SITE_REBUILD_COMMAND ontbreekt).')
    return Response.json(rebuildStatus(req.payload), { status: 202, headers: noStore })
  },
}
