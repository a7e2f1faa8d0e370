import { DatabaseSync } from 'node:sqlite'
import path from 'node:path'
import { describe, expect, inject, it } from 'vitest'
import { dayOf } from '@vsp/analytics'
import { api, login } from './support/api'

const origin = 'http://localhost:4321'
const hit = (body: unknown, options: { type?: string; userAgent?: string; raw?: string } = {}) =>
  fetch(`${inject('statsUrl')}/events`, {
    method: 'POST',
    headers: { 'content-type': options.type ?? 'application/json', 'user-agent': options.userAgent ?? 'stats-test', origin },
    body: options.raw ?? JSON.stringify(body),
  })

const view = (channel: string, site = 'helpers') => ({ kind: 'page-view', site, channel, subject: 'pagina' })
const today = dayOf(Date.now())
const report = async (from = today, to = from, site = 'helpers') =>
  (await api('GET', `/api/stats/report?site=${site}&from=${from}&to=${to}`, { as: 'marketer' })).json
const runJobs = () => api('POST', '/api/stats/run', { as: 'admin' })
const channel = (r: any, name: string) => r.channels.find((c: any) => c.channel === name)

describe('stats server: what it accepts', () => {
  it('takes a page view with 204 and answers the sites with CORS, without credentials', async () => {
    const response = await hit(view('direct'))
    expect(response.status).toBe(204)
    expect(response.headers.get('access-control-allow-origin')).toBe(origin)
    expect(response.headers.get('access-control-allow-credentials')).toBeNull()
    const preflight = await fetch(`${inject('statsUrl')}/events`, { method: 'OPTIONS', headers: { origin: 'https://evil.example' } })
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull()
  })

  it('accepts only the shape the sites send (CWE-352, CWE-20, CWE-400)', async () => {
    const cases: [string, number, Parameters<typeof hit>[1], unknown][] = [
      ['a simple request without preflight', 415, { type: 'text/plain; application/json' }, view('direct')],
      ['a form post', 415, { type: 'application/x-www-form-urlencoded' }, view('direct')],
      ['an identifier smuggled in', 422, {}, { ...view('direct'), visitorId: 'abc' }],
      ['an unknown kind', 422, {}, { ...view('direct'), kind: 'purchase' }],
      ['an unknown channel', 422, {}, view('tv')],
      ['markup as subject', 422, {}, { ...view('direct'), subject: '<script>' }],
      ['not JSON', 400, { raw: '{"kind":' }, undefined],
      ['too large', 413, { raw: JSON.stringify({ ...view('direct'), subject: 'x'.repeat(5000) }) }, undefined],
    ]
    for (const [name, status, options, body] of cases) expect((await hit(body, options)).status, name).toBe(status)
  })

  it('caps each site on its own with 429 and Retry-After; the other site goes on', async () => {
    // cms/test/support/global-setup.ts: 300 events a minute for the professionals site
    const statuses = await Promise.all(
      Array.from({ length: 340 }, (_, i) => hit(view('direct', 'professionals'), { userAgent: `cap-${i}` })),
    )
    const refused = statuses.filter((r) => r.status === 429)
    expect(refused.length).toBeGreaterThanOrEqual(40)
    expect(Number(refused[0].headers.get('retry-after'))).toBeGreaterThan(0)
    expect(statuses.every((r) => r.status === 204 || r.status === 429)).toBe(true)
    expect((await hit(view('direct'), { userAgent: 'cap-other-site' })).status).toBe(204)
  })
})

describe('report from a fixed stream of events', () => {
  it('gives exactly the expected figures, bursts marked and not counted', async () => {
    await runJobs()
    const before = await report()
    // 6 visitors (each a user agent): 3 organic with 2 page views each, 2 social, 1 e-mail.
    const visits: [string, string, number, { kind: string; subject: string }[]][] = [
      ['fixed-1', 'organisch-zoeken', 2, [{ kind: 'checklist-used', subject: 'woninginbraak' }]],
      ['fixed-2', 'organisch-zoeken', 2, [{ kind: 'tool-completed', subject: 'zelfscan-tijdsbesteding' }]],
      ['fixed-3', 'organisch-zoeken', 2, []],
      [
        'fixed-4',
        'social',
        1,
        [
          { kind: 'video-played', subject: 'ervaringsverhaal-test' },
          { kind: 'checklist-used', subject: 'woninginbraak' },
        ],
      ],
      ['fixed-5', 'social', 1, []],
      ['fixed-6', 'e-mail', 1, [{ kind: 'call-clicked', subject: 'telefoon' }]],
    ]
    for (const [userAgent, ch, pages, services] of visits) {
      for (let i = 0; i < pages; i++) expect((await hit(view(ch), { userAgent })).status).toBe(204)
      for (const s of services) expect((await hit({ ...s, site: 'helpers', channel: ch }, { userAgent })).status).toBe(204)
    }
    // A script: 40 page views from one sender within a second; the first 30 pass as a person's.
    for (let i = 0; i < 40; i++) await hit(view('referral'), { userAgent: 'fixed-robot' })
    expect((await runJobs()).status).toBe(200)
    const after = await report()

    const delta = (name: string, field: string) => channel(after, name)[field] - channel(before, name)[field]
    expect(delta('organisch-zoeken', 'visitors')).toBe(3)
    expect(delta('organisch-zoeken', 'services')).toBe(2)
    expect(delta('social', 'visitors')).toBe(2)
    expect(delta('social', 'services')).toBe(2)
    expect(delta('e-mail', 'visitors')).toBe(1)
    expect(delta('e-mail', 'services')).toBe(1)
    expect(delta('referral', 'visitors')).toBe(1)
    expect(after.totals.pageViews - before.totals.pageViews).toBe(2 * 3 + 2 + 1 + 30)
    expect(after.totals.bursts - before.totals.bursts).toBe(10)
    const count = (r: any, kind: string, subject: string) =>
      r.services.find((s: any) => s.kind === kind && s.subject === subject)?.count ?? 0
    expect(count(after, 'checklist-used', 'woninginbraak') - count(before, 'checklist-used', 'woninginbraak')).toBe(2)
    expect(count(after, 'video-played', 'ervaringsverhaal-test') - count(before, 'video-played', 'ervaringsverhaal-test')).toBe(1)
    // conversion is services / visitors, per channel
    for (const c of after.channels) expect(c.conversion).toBeCloseTo(c.visitors ? c.services / c.visitors : 0, 3)
  })

  it("answers the issue's JSON shape, and CSV", async () => {
    const r = await report()
    expect(r.visitorsAre).toBe('uniek per dag')
    expect(r.channels).toHaveLength(7)
    for (const c of r.channels) expect(Object.keys(c)).toEqual(expect.arrayContaining(['channel', 'visitors', 'services', 'conversion']))
    for (const s of r.services) expect(Object.keys(s).sort()).toEqual(['count', 'kind', 'subject'])
    const csv = await api('GET', `/api/stats/report?site=helpers&from=${today}&to=${today}&format=csv`, { as: 'admin' })
    expect(csv.status).toBe(200)
    expect(String(csv.json)).toMatch(/^kanaal,bezoekers \(uniek per dag\),diensten,conversie %/)
    const years = await api('GET', '/api/stats/years', { as: 'marketer' })
    expect(years.json.years.find((y: any) => y.site === 'helpers' && y.year === today.slice(0, 4)).visitors).toBeGreaterThan(0)
  })
})

describe('report: who may see it', () => {
  it('marketers and admins read it; editors and visitors do not; only admins run the jobs', async () => {
    const path = `/api/stats/report?site=helpers&from=${today}&to=${today}`
    expect((await api('GET', path)).status).toBe(401)
    expect((await api('GET', path, { as: 'editor' })).status).toBe(403)
    expect((await api('GET', path, { as: 'marketer' })).status).toBe(200)
    expect((await api('GET', path, { as: 'admin' })).status).toBe(200)
    expect((await api('GET', '/api/stats/years', { as: 'editor' })).status).toBe(403)
    expect((await api('POST', '/api/stats/run', { as: 'marketer' })).status).toBe(403)
    expect((await api('POST', '/api/stats/run')).status).toBe(401)
    // aggregates are not open through REST, raw events not to visitors
    expect((await api('GET', '/api/stat-days', { as: 'admin' })).status).toBe(403)
    expect((await api('GET', '/api/service-events')).status).toBe(403)
  })

  it('refuses a malformed period with 400 and reasons', async () => {
    for (const query of [
      'site=helpers&from=2026-13-01&to=2026-12-31',
      'site=both&from=2026-01-01&to=2026-01-31',
      'site=helpers&from=2026-02-01&to=2026-01-01',
      'site=helpers',
    ]) {
      const response = await api('GET', `/api/stats/report?${query}`, { as: 'admin' })
      expect(response.status, query).toBe(400)
      expect(response.json.issues.length, query).toBeGreaterThan(0)
    }
  })
})

describe.skipIf(Boolean(process.env.TEST_DATABASE_URL))('retention', () => {
  it('deletes raw events past the retention period; their daily aggregates stay', async () => {
    const old = dayOf(Date.now() - 31 * 86_400_000)
    const recent = dayOf(Date.now() - 29 * 86_400_000)
    const db = new DatabaseSync(path.join(inject('cmsDataDir'), 'cms.db'), { timeout: 5000 })
    const insert = db.prepare(
      'INSERT INTO service_events (kind, site, channel, subject, day, new_visitor, burst, updated_at, created_at) VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?)',
    )
    const stamp = new Date().toISOString()
    for (const day of [old, recent]) {
      insert.run('page-view', 'professionals', 'campagne', 'pagina', day, 1, stamp, stamp)
      insert.run('page-view', 'professionals', 'campagne', 'pagina', day, 1, stamp, stamp)
      insert.run('tool-completed', 'professionals', 'campagne', 'doorverwijzen', day, 0, stamp, stamp)
    }
    db.close()
    expect((await runJobs()).status).toBe(200)
    const raw = async (day: string) =>
      (await api('GET', `/api/service-events?limit=0&where[day][equals]=${day}`, { as: 'admin' })).json.totalDocs
    expect(await raw(old)).toBe(0)
    expect(await raw(recent)).toBe(3)
    for (const day of [old, recent]) {
      const r = await report(day, day, 'professionals')
      expect(channel(r, 'campagne'), day).toMatchObject({ visitors: 2, services: 1, conversion: 0.5 })
    }
    // a second run changes nothing for the day whose raw events are gone
    await runJobs()
    expect(channel(await report(old, old, 'professionals'), 'campagne')).toMatchObject({ visitors: 2, services: 1 })
  })
})

describe('admin view Statistiek', () => {
  it('shows marketers the channel table, the chart and the CSV link; sends others to the login', async () => {
    const page = async (as?: 'marketer' | 'editor') =>
      fetch(`${inject('cmsUrl')}/admin/statistiek?site=helpers&from=${today}&to=${today}`, {
        headers: as ? { authorization: `JWT ${await login(as)}` } : {},
        redirect: 'manual',
      })
    const shown = await page('marketer')
    expect(shown.status).toBe(200)
    const html = await shown.text()
    expect(html).toContain('data-stats-channels')
    expect(html).toContain('Bezoekers zijn uniek per dag')
    expect(html).toMatch(/<svg[^>]*role="img"[^>]*aria-label="Bezoekers per kanaal"/)
    expect(html).toContain('format=csv')
    const refused = await page('editor')
    expect(refused.status === 307 || refused.status === 303 || !(await refused.text()).includes('data-stats-channels')).toBe(true)
  })
})
