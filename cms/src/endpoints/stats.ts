import type { Endpoint, PayloadRequest } from 'payload'
import { buildReport, perYear, reportCsv, yearsCsv } from '@vsp/analytics'
import { hasRole } from '../access/roles'
import { reportQuery, STATS_ROLES } from '../stats/report-query'
import { runRetention } from '../stats/jobs'
import { loadAggregates, rollUpStats } from '../stats/rollup'
import { problem } from './read-json'

function refused(req: PayloadRequest): Response | undefined {
  if (!req.user) return problem(401, 'Log in als marketeer of beheerder om de statistiek te zien.')
  if (!hasRole(req.user, ...STATS_ROLES)) return problem(403, 'De statistiek is er voor marketeers en beheerders.')
  return undefined
}

const csv = (text: string, name: string) =>
  new Response(text, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${name}"`,
      'cache-control': 'no-store',
    },
  })

/**
 * GET /api/stats/report?site=helpers|professionals&from=YYYY-MM-DD&to=YYYY-MM-DD[&format=csv]:
 * reach, services and conversion per channel, services per kind and subject. Visitors are
 * unique per day: over a period their sum counts visits per day, not people.
 */
export const statsReportEndpoint: Endpoint = {
  path: '/stats/report',
  method: 'get',
  handler: async (req) => {
    const denied = refused(req)
    if (denied) return denied
    const parsed = reportQuery.safeParse(Object.fromEntries(new URL(req.url ?? '', 'http://x').searchParams))
    if (!parsed.success) {
      return problem(
        400,
        'Geef site, from en to op (JJJJ-MM-DD).',
        parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
      )
    }
    const { format, ...query } = parsed.data
    const report = buildReport(await loadAggregates(req.payload, query.from, query.to), query)
    if (format === 'csv') return csv(reportCsv(report), `statistiek-${query.site}-${query.from}-${query.to}.csv`)
    return Response.json(report, { headers: { 'cache-control': 'no-store' } })
  },
}

/** GET /api/stats/years[?format=csv]: reach and services per platform per year (the whitepaper's table). */
export const statsYearsEndpoint: Endpoint = {
  path: '/stats/years',
  method: 'get',
  handler: async (req) => {
    const denied = refused(req)
    if (denied) return denied
    const years = perYear(await loadAggregates(req.payload, '0000-01-01', '9999-12-31'))
    if (new URL(req.url ?? '', 'http://x').searchParams.get('format') === 'csv') return csv(yearsCsv(years), 'statistiek-per-jaar.csv')
    return Response.json({ visitorsAre: 'uniek per dag', years }, { headers: { 'cache-control': 'no-store' } })
  },
}

/** POST /api/stats/run: the rollup and the nightly retention (stats/jobs.ts) now, instead of waiting for the jobs. Admins only. */
export const statsRunEndpoint: Endpoint = {
  path: '/stats/run',
  method: 'post',
  handler: async (req) => {
    if (!req.user) return problem(401, 'Log in als beheerder.')
    if (!hasRole(req.user, 'admin')) return problem(403, 'Alleen beheerders kunnen de dagtotalen nu laten bijwerken.')
    const rollup = await rollUpStats(req.payload)
    const retention = await runRetention(req.payload)
    return Response.json({ rolledUp: rollup.days, rows: rollup.rows, ...retention }, { headers: { 'cache-control': 'no-store' } })
  },
}

export const statsEndpoints = [statsReportEndpoint, statsYearsEndpoint, statsRunEndpoint]
