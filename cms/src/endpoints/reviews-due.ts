import type { Endpoint } from 'payload'
import { hasRole } from '../access/roles'
import { loadReviewsDue } from '../review/load-reviews-due'
import { problem } from './read-json'

/**
 * GET /api/reviews-due: per owner, the content that is past its review date or was never
 * checked. Staff only (admins and editors keep content right; marketers may read the list).
 */
export const reviewsDueEndpoint: Endpoint = {
  path: '/reviews-due',
  method: 'get',
  handler: async (req) => {
    if (!req.user) return problem(401, 'Log in als medewerker om te zien wat gecontroleerd moet worden.')
    if (!hasRole(req.user, 'admin', 'editor', 'marketer')) return problem(403, 'Alleen voor medewerkers van de redactie.')
    const today = new Date()
    const owners = await loadReviewsDue(req.payload, req.user, today)
    return Response.json({ today: today.toISOString().slice(0, 10), owners }, { headers: { 'cache-control': 'no-store' } })
  },
}
