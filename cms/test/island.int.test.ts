import { describe, expect, inject, it } from 'vitest'
import { api } from './support/api'

const post = (path: string, body: string, type = 'application/json') =>
  fetch(`${inject('cmsUrl')}${path}`, { method: 'POST', headers: { 'content-type': type }, body })

const event = { kind: 'tool-completed', site: 'helpers', channel: 'direct', subject: 'zelfscan-tijdsbesteding', outcome: 'let-op' }

describe('island API: anonymous service events', () => {
  it('stores a valid event and answers 204', async () => {
    const response = await post('/api/island/events', JSON.stringify(event))
    expect(response.status).toBe(204)
    const { json } = await api('GET', '/api/service-events?limit=0&where[outcome][equals]=let-op', { as: 'marketer' })
    expect(json.totalDocs).toBeGreaterThanOrEqual(1)
  })

  it('refuses bad input with a 4xx and a reason, and keeps serving', async () => {
    const cases: [string, string, string | undefined, number, RegExp][] = [
      ['answers smuggled in (CWE-359)', JSON.stringify({ ...event, answers: { uren: 12 } }), undefined, 422, /answers/],
      ['unknown kind', JSON.stringify({ ...event, kind: 'page-view' }), undefined, 422, /kind/],
      ['not JSON', '{"kind":', undefined, 400, /geen geldige JSON/],
      ['wrong content type', 'kind=tool-completed', 'application/x-www-form-urlencoded', 415, /JSON/],
      ['too large (CWE-400)', JSON.stringify({ ...event, outcome: 'x'.repeat(10_000) }), undefined, 413, /groter dan/],
      ['markup in a key (CWE-79)', JSON.stringify({ ...event, subject: '<script>' }), undefined, 422, /subject/],
    ]
    for (const [name, body, type, status, reason] of cases) {
      const response = await post('/api/island/events', body, type)
      expect(response.status, name).toBe(status)
      expect(JSON.stringify(await response.json()), name).toMatch(reason)
    }
    expect((await post('/api/island/events', JSON.stringify(event))).status).toBe(204)
  })

  it('visitors cannot read or write events through the normal REST routes', async () => {
    expect((await api('GET', '/api/service-events')).status).toBe(403)
    expect((await api('POST', '/api/service-events', { body: event })).status).toBe(403)
    expect((await api('POST', '/api/service-events', { as: 'admin', body: event })).status).toBe(403)
  })

  it('answers CORS preflight for the sites only', async () => {
    const preflight = (origin: string) =>
      fetch(`${inject('cmsUrl')}/api/island/events`, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
      })
    expect((await preflight('http://localhost:4321')).headers.get('access-control-allow-origin')).toBe('http://localhost:4321')
    expect((await preflight('http://localhost:4322')).headers.get('access-control-allow-origin')).toBe('http://localhost:4322')
    // CWE-942 (permissive cross-domain policy): another origin gets no allow-origin at all, not `*`.
    expect((await preflight('https://evil.example')).headers.get('access-control-allow-origin')).toBeNull()
    const post = await fetch(`${inject('cmsUrl')}/api/island/events`, {
      method: 'POST',
      headers: { origin: 'https://evil.example', 'content-type': 'application/json' },
      body: JSON.stringify(event),
    })
    expect(post.headers.get('access-control-allow-origin')).toBeNull()
  })
})

describe('island API: a helper shares a tip', () => {
  it('arrives as a draft for an editor, invisible to visitors', async () => {
    const title = `Samen wandelen ${Date.now()}`
    const response = await post(
      '/api/island/tips',
      JSON.stringify({
        title,
        body: 'Ik ging elke avond met mijn buurvrouw wandelen. Dan kon ze praten als ze wilde.',
        signature: 'Buurvrouw',
      }),
    )
    expect(response.status).toBe(201)
    expect((await response.json()).message).toMatch(/redacteur/)
    const where = `where[title][equals]=${encodeURIComponent(title)}`
    expect((await api('GET', `/api/helper-tips?${where}`)).json.totalDocs).toBe(0)
    const staff = await api('GET', `/api/helper-tips?draft=true&${where}`, { as: 'editor' })
    expect(staff.json.docs[0]).toMatchObject({ _status: 'draft', site: 'helpers', signature: 'Buurvrouw' })
  })

  it('refuses empty tips and filled honeypots with reasons', async () => {
    const short = await post('/api/island/tips', JSON.stringify({ title: 'Hoi', body: 'kort' }))
    expect(short.status).toBe(422)
    expect(JSON.stringify(await short.json())).toMatch(/minstens een paar zinnen/)
    const robot = await post(
      '/api/island/tips',
      JSON.stringify({ title: 'Goedkope pillen', body: 'Koop nu goedkope pillen op onze site!!', website: 'http://spam.example' }),
    )
    expect(robot.status).toBe(422)
  })

  it('caps tips per window with a 429 and Retry-After, keeps serving the rest, and takes tips again after', async () => {
    const tip = (n: number) =>
      JSON.stringify({
        title: `Boodschappen doen ${Date.now()}-${n}`,
        body: 'Ik deed elke week de boodschappen voor mijn zus, zodat zij kon rusten.',
      })
    let capped: Response | undefined
    for (let i = 0; i < 12 && !capped; i++) {
      const response = await post('/api/island/tips', tip(i))
      if (response.status === 429) capped = response
      else expect(response.status).toBe(201)
    }
    expect(capped, 'no 429 within 12 tips').toBeDefined()
    expect((await capped!.json()).error).toMatch(/erg veel tips/)
    const wait = Number(capped!.headers.get('retry-after'))
    expect(wait).toBeGreaterThanOrEqual(1)
    expect(wait).toBeLessThanOrEqual(3)
    expect((await post('/api/island/events', JSON.stringify(event))).status).toBe(204)
    await new Promise((resolve) => setTimeout(resolve, wait * 1000 + 100))
    expect((await post('/api/island/tips', tip(99))).status).toBe(201)
  })

  // CWE-770: before, 60 junk requests used up the quota that all helpers share.
  it('does not count invalid requests against the tip cap', async () => {
    await new Promise((resolve) => setTimeout(resolve, 3100))
    const junk = JSON.stringify({ title: 'Hoi', body: 'kort' })
    for (let i = 0; i < 20; i++) expect((await post('/api/island/tips', junk)).status).toBe(422)
    const response = await post(
      '/api/island/tips',
      JSON.stringify({
        title: `Samen koken ${Date.now()}`,
        body: 'Wij kookten om de beurt voor het gezin, zo hoefde niemand alles alleen te doen.',
      }),
    )
    expect(response.status).toBe(201)
  })
})
