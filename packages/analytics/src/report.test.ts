import { describe, expect, it } from 'vitest'
import { reportCsv, yearsCsv } from './csv'
import { buildReport, perYear } from './report'
import { rollUp, type RawEvent } from './rollup'
import { splitByShares, syntheticVisits, WHITEPAPER_PERCENTS } from './synthetic'
import { createVisitorCounter } from './visitors'

/** Replays visits through the visitor counter, as the ingest does, and rolls them up. */
function replay(visits: ReturnType<typeof syntheticVisits>, now = () => Date.parse('2026-03-02T10:00:00Z')) {
  const counter = createVisitorCounter({ now })
  const raw: RawEvent[] = []
  for (const v of visits) {
    const request = { site: v.site, userAgent: 'UA', ip: v.visitor }
    for (let i = 0; i < v.pageViews; i++)
      raw.push({ site: v.site, channel: v.channel, kind: 'page-view', subject: 'pagina', ...counter.see(request, true) })
    for (const s of v.services) raw.push({ site: v.site, channel: v.channel, ...s, ...counter.see(request, false) })
  }
  return rollUp(raw)
}

const query = { site: 'helpers' as const, from: '2026-03-01', to: '2026-03-31' }

describe('the report from a fixed stream', () => {
  const day = (d: string, rest: Partial<RawEvent>): RawEvent => ({
    day: d,
    site: 'helpers',
    channel: 'direct',
    kind: 'page-view',
    subject: 'pagina',
    ...rest,
  })
  const stream: RawEvent[] = [
    day('2026-03-01', { newVisitor: true }),
    day('2026-03-01', {}),
    day('2026-03-01', { channel: 'social', newVisitor: true }),
    day('2026-03-01', { channel: 'social', newVisitor: true }),
    day('2026-03-01', { kind: 'tool-completed', subject: 'zelftest' }),
    day('2026-03-01', { kind: 'tool-completed', subject: 'zelftest', channel: 'social' }),
    day('2026-03-02', { newVisitor: true }), // the same person on another day counts again: visits per day
    day('2026-03-02', { kind: 'checklist-used', subject: 'woninginbraak' }),
    day('2026-03-02', { kind: 'checklist-used', subject: 'woninginbraak', burst: true }),
    day('2026-03-02', { burst: true }),
    day('2026-02-28', { newVisitor: true }), // before the period
    day('2026-03-02', { site: 'professionals', newVisitor: true }), // the other site
  ]

  it('gives exactly the expected figures', () => {
    const report = buildReport(rollUp(stream), query)
    expect(report.totals).toEqual({ visitors: 4, pageViews: 5, services: 3, conversion: 0.75, bursts: 2 })
    expect(report.channels.find((c) => c.channel === 'direct')).toEqual({
      channel: 'direct',
      visitors: 2,
      services: 2,
      conversion: 1,
      shareOfVisits: 0.5,
      shareOfServices: 0.6667,
    })
    expect(report.channels.find((c) => c.channel === 'social')).toEqual({
      channel: 'social',
      visitors: 2,
      services: 1,
      conversion: 0.5,
      shareOfVisits: 0.5,
      shareOfServices: 0.3333,
    })
    expect(report.channels.filter((c) => c.visitors || c.services)).toHaveLength(2)
    expect(report.services).toEqual([
      { kind: 'tool-completed', subject: 'zelftest', count: 2 },
      { kind: 'checklist-used', subject: 'woninginbraak', count: 1 },
    ])
    expect(report.visitorsAre).toBe('uniek per dag')
  })

  it('exports the tables as CSV', () => {
    const csv = reportCsv(buildReport(rollUp(stream), query))
    expect(csv.split('\n')[0]).toBe('kanaal,bezoekers (uniek per dag),diensten,conversie %,aandeel bezoeken %,aandeel diensten %')
    expect(csv).toContain('direct,2,2,100.0,50.0,66.7\n')
    expect(csv).toContain('totaal,4,3,75.0,100.0,100.0\n')
    expect(csv).toContain('\nsoort,onderwerp,aantal\ntool-completed,zelftest,2\n')
  })

  it('gives reach and services per platform per year', () => {
    const years = perYear(rollUp(stream))
    expect(years).toEqual([
      { year: '2026', site: 'helpers', visitors: 5, services: 3, conversion: 0.6 },
      { year: '2026', site: 'professionals', visitors: 1, services: 0, conversion: 0 },
    ])
    expect(yearsCsv(years)).toContain('2026,helpers,5,3,60.0')
  })
})

describe('a stream with the whitepaper channel shares', () => {
  it('splits a total in proportion, adding up exactly', () => {
    expect(splitByShares(1010, WHITEPAPER_PERCENTS)).toEqual({
      campagne: 520,
      'organisch-zoeken': 210,
      direct: 140,
      social: 30,
      referral: 40,
      'e-mail': 60,
      'betaald-zoeken': 10,
    })
    expect(Object.values(splitByShares(37, WHITEPAPER_PERCENTS)).reduce((a, b) => a + b)).toBe(37)
  })

  it('shows those shares back as the share of visits', () => {
    // 2,000 visits whose shares round to the whitepaper's (51.6 % → 52 %, 20.9 % → 21 %, …)
    const counts = { campagne: 1032, 'organisch-zoeken': 418, direct: 278, social: 58, referral: 78, 'e-mail': 118, 'betaald-zoeken': 18 }
    const visits = syntheticVisits({ site: 'professionals', counts, servicesEvery: 4 })
    const report = buildReport(replay(visits), { ...query, site: 'professionals' })
    expect(report.totals.visitors).toBe(2000)
    expect(Object.fromEntries(report.channels.map((c) => [c.channel, c.shareOfVisits * 2000]))).toEqual(counts)
    expect(Object.fromEntries(report.channels.map((c) => [c.channel, Math.round(c.shareOfVisits * 100)]))).toEqual(WHITEPAPER_PERCENTS)
    expect(report.totals.services).toBe(500)
    expect(report.totals.pageViews).toBe(visits.reduce((n, v) => n + v.pageViews, 0))
  })
})
