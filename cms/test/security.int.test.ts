import { describe, expect, inject, it } from 'vitest'
import { demoUsers } from '@vsp/test-support/demo-users'
import { api } from './support/api'
import { validDocument } from './support/fixtures'

const url = (path: string) => `${inject('cmsUrl')}${path}`
const site = 'http://localhost:4321'

async function adminCookie(): Promise<string> {
  const admin = demoUsers.find((user) => user.role === 'admin')!
  const response = await fetch(url('/api/users/login'), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: admin.email, password: admin.password }),
  })
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith('payload-token='))
  if (!cookie) throw new Error(`login gave no cookie (${response.status})`)
  return cookie.split(';')[0]
}

describe('CMS boundary', () => {
  // CWE-942: a credentialed CORS answer lets a script on a site act with an editor's session.
  it('never allows credentials across origins, and gives the sites no CORS on the staff API', async () => {
    for (const path of ['/api/users/me', '/api/checklists', '/api/island/events']) {
      const response = await fetch(url(path), { method: 'OPTIONS', headers: { origin: site, 'access-control-request-method': 'GET' } })
      expect(response.headers.get('access-control-allow-credentials'), path).toBeNull()
    }
    const me = await fetch(url('/api/users/me'), { headers: { origin: site } })
    expect(me.headers.get('access-control-allow-origin')).toBeNull()
    expect(me.headers.get('access-control-allow-credentials')).toBeNull()
    const event = await fetch(url('/api/island/events'), {
      method: 'POST',
      headers: { origin: site, 'content-type': 'application/json' },
      body: JSON.stringify({
        kind: 'tool-completed',
        site: 'helpers',
        channel: 'direct',
        subject: 'zelfscan-tijdsbesteding',
        outcome: 'let-op',
      }),
    })
    expect(event.status).toBe(204)
    expect(event.headers.get('access-control-allow-origin')).toBe(site)
    expect(event.headers.get('access-control-allow-credentials')).toBeNull()
  })

  // CWE-352: a "simple" content type needs no preflight, so any website could post through its visitors.
  it('refuses a content type that only contains application/json', async () => {
    for (const type of ['text/plain; application/json', 'text/plain;charset=application/json']) {
      const response = await fetch(url('/api/island/events'), { method: 'POST', headers: { 'content-type': type }, body: '{}' })
      expect(response.status, type).toBe(415)
    }
  })

  // CWE-352: a cookie-authenticated write from another origin must not count as the admin.
  it('ignores the login cookie on a request from another origin', async () => {
    const cookie = await adminCookie()
    const asAdmin = (origin: string) =>
      fetch(url('/api/users/me'), { headers: { cookie, origin } }).then((r) => r.json() as Promise<{ user: unknown }>)
    expect((await asAdmin(inject('cmsUrl'))).user).toMatchObject({ role: 'admin' })
    expect((await asAdmin('http://evil.example')).user).toBeNull()
    const forged = await fetch(url('/api/checklists'), {
      method: 'POST',
      headers: { cookie, origin: 'http://evil.example', 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'Vervalst', site: 'helpers' }),
    })
    expect(forged.status).toBe(403)
  })
})

describe('links typed by editors (CWE-79)', () => {
  const errorsOf = (json: any): { path: string; message: string }[] => json?.errors?.flatMap((e: any) => e.data?.errors ?? []) ?? []

  it('refuses a javascript: address for a website or chat contact, with the field named', async () => {
    for (const kind of ['website', 'chat']) {
      const body = await validDocument('organisations')
      body.contacts = [{ kind, label: 'Klik hier', value: 'javascript:fetch("/api/users")' }]
      const response = await api('POST', '/api/organisations', { as: 'editor', body })
      expect(response.status, kind).toBe(400)
      expect(errorsOf(response.json).find((e) => e.path === 'contacts.0.value')?.message).toMatch(/webadres/)
    }
    const fine = await validDocument('organisations')
    fine.contacts = [{ kind: 'website', label: 'Website', value: 'https://www.example.org/' }]
    expect((await api('POST', '/api/organisations', { as: 'editor', body: fine })).status).toBe(201)
  })

  it('refuses a script address for video captions', async () => {
    const body = await validDocument('videos')
    body.captionsUrl = 'javascript:alert(1)'
    const response = await api('POST', '/api/videos', { as: 'editor', body })
    expect(response.status).toBe(400)
    expect(errorsOf(response.json).map((e) => e.path)).toContain('captionsUrl')
  })
})

describe('security headers on the admin and the API (CWE-1021, CWE-693)', () => {
  it.each(['/admin/login', '/api/checklists?limit=1'])('%s cannot be framed and says nosniff, no referrer', async (path) => {
    const response = await fetch(url(path))
    expect(response.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/)
    expect(response.headers.get('x-frame-options')).toBe('DENY')
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(response.headers.get('referrer-policy')).toBe('no-referrer')
    expect(response.headers.get('permissions-policy')).toMatch(/geolocation=\(\)/)
    expect(response.headers.get('strict-transport-security')).toMatch(/max-age=\d+/)
  })
})
