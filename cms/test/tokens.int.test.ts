import crypto from 'node:crypto'
import { describe, expect, inject, it } from 'vitest'
import { demoUsers } from '@vsp/test-support/demo-users'
import { api, login } from './support/api'

const url = (path: string) => `${inject('cmsUrl')}${path}`
const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url')
const me = async (token: string) =>
  ((await (await fetch(url('/api/users/me'), { headers: { authorization: `JWT ${token}` } })).json()) as { user: unknown }).user

describe('login tokens', () => {
  // CWE-347 (improper verification of a signature): a token must be signed with the CMS's secret.
  it('rejects a token signed with another secret, an alg:none token and a tampered one', async () => {
    const { json } = await api('GET', '/api/users/me', { as: 'admin' })
    const payload = {
      id: json.user.id,
      collection: 'users',
      email: json.user.email,
      role: 'admin',
      exp: Math.floor(Date.now() / 1000) + 3600,
    }
    const header = { alg: 'HS256', typ: 'JWT' }
    const sign = (secret: string, body: string) => crypto.createHmac('sha256', secret).update(body).digest('base64url')
    const body = `${b64(header)}.${b64(payload)}`
    const forged = `${body}.${sign('een-ander-geheim', body)}`
    const none = `${b64({ alg: 'none', typ: 'JWT' })}.${b64(payload)}.`
    const real = await login('editor')
    const [h, p, s] = real.split('.')
    const raised = `${h}.${b64({ ...JSON.parse(Buffer.from(p, 'base64url').toString()), role: 'admin' })}.${s}`
    for (const token of [forged, none, raised]) {
      expect(await me(token)).toBeNull()
      const write = await fetch(url('/api/users'), {
        method: 'POST',
        headers: { authorization: `JWT ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'x@example.org', password: 'een lange zin hier', name: 'X', role: 'admin' }),
      })
      expect(write.status).toBe(403)
    }
    expect(await me(real)).toMatchObject({ role: 'editor' })
  })

  // CWE-613 (insufficient session expiration): a token must die with its session.
  it('logging out invalidates the token', async () => {
    const user = demoUsers.find((u) => u.role === 'marketer')!
    const response = await fetch(url('/api/users/login'), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: user.email, password: user.password }),
    })
    const { token } = (await response.json()) as { token: string }
    expect(await me(token)).toMatchObject({ role: 'marketer' })
    const out = await fetch(url('/api/users/logout'), { method: 'POST', headers: { authorization: `JWT ${token}` } })
    expect(out.status).toBe(200)
    expect(await me(token)).toBeNull()
  })

  // CWE-1188: GraphQL exposes a second, larger API surface; it is switched off.
  it('GraphQL is off', async () => {
    for (const path of ['/api/graphql', '/api/graphql-playground']) {
      const response = await fetch(url(path), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ Users { docs { email } } }' }),
      })
      expect(response.status, path).toBeGreaterThanOrEqual(400)
      expect(await response.text()).not.toMatch(/example\.org/)
    }
  })
})
