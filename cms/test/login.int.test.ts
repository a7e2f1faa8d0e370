import crypto from 'node:crypto'
import { describe, expect, inject, it } from 'vitest'
import { api } from './support/api'

const url = (path: string) => `${inject('cmsUrl')}${path}`
// Each test speaks from its own client address (the proxy's X-Forwarded-For), so that the
// throttle it provokes does not reach the other test files' logins.
const newClient = () =>
  `198.51.100.${crypto.randomInt(1, 254)}, 10.${crypto.randomInt(0, 255)}.${crypto.randomInt(0, 255)}.${crypto.randomInt(1, 254)}`

async function loginAs(email: string, password: string, client: string) {
  const response = await fetch(url('/api/users/login'), {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': client },
    body: JSON.stringify({ email, password }),
  })
  return { status: response.status, retryAfter: response.headers.get('retry-after'), json: (await response.json()) as any }
}

const strong = () => `lange zin met koffie ${crypto.randomUUID().slice(0, 8)}`

async function newStaff(role = 'editor') {
  const email = `medewerker-${crypto.randomUUID().slice(0, 8)}@example.org`
  const password = strong()
  const created = await api('POST', '/api/users', { as: 'admin', body: { email, name: 'Medewerker', role, password } })
  expect(created.status, JSON.stringify(created.json)).toBe(201)
  return { email, password, id: created.json.doc.id as number }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

describe('login', () => {
  // CWE-208: the answer took ~100 ms for an account and ~4 ms for an unknown address.
  it('takes as long for an unknown address as for a wrong password on a real account', async () => {
    const { email } = await newStaff()
    const times = { known: [] as number[], unknown: [] as number[] }
    for (let i = 0; i < 8; i++) {
      for (const kind of ['known', 'unknown'] as const) {
        const address = kind === 'known' ? email : `niemand-${i}-${crypto.randomUUID().slice(0, 6)}@example.org`
        const started = performance.now()
        const { status } = await loginAs(address, 'fout wachtwoord 123', newClient())
        times[kind].push(performance.now() - started)
        expect(status).toBe(401)
      }
    }
    const known = median(times.known)
    const unknown = median(times.unknown)
    console.log(`[figure] failed login, median of 8: known address ${known.toFixed(0)} ms, unknown address ${unknown.toFixed(0)} ms`)
    // Without the dummy hash the unknown address answers about 25 times faster.
    expect(unknown / known).toBeGreaterThan(0.5)
  })

  // CWE-307: unlimited guessing, without CWE-645: a lock that anyone can set off.
  it('slows one client down on one account, and never keeps the real person out', async () => {
    const { email, password } = await newStaff()
    const attacker = newClient()
    // 5 free failures, then waits of 1 s and 2 s (each waited out and failed again), then 4 s.
    let failures = 0
    let throttled: Awaited<ReturnType<typeof loginAs>> | undefined
    for (let tries = 0; tries < 20 && !throttled; tries++) {
      const answer = await loginAs(email, `geraden wachtwoord ${tries}`, attacker)
      if (answer.status === 401) failures++
      else if (answer.status === 429 && Number(answer.retryAfter) >= 4) throttled = answer
      else if (answer.status === 429) await new Promise((resolve) => setTimeout(resolve, Number(answer.retryAfter) * 1000))
      else throw new Error(`unexpected ${answer.status}`)
    }
    expect(failures).toBe(7)
    expect(throttled?.json.errors[0].message).toMatch(/Te veel mislukte pogingen/)
    // Even the right password waits on the attacker's client: the throttle comes before the check.
    expect((await loginAs(email, password, attacker)).status).toBe(429)
    // 40 more failures from 40 addresses; the real person, on their own device, gets straight in.
    for (let i = 0; i < 40; i++) expect((await loginAs(email, `gok ${i} van elders`, newClient())).status).toBe(401)
    expect((await loginAs(email, password, newClient())).status).toBe(200)
  })

  it('slows a client down that tries many accounts (password spraying)', async () => {
    const sprayer = newClient()
    const answers: number[] = []
    for (let i = 0; i < 21; i++)
      answers.push((await loginAs(`gebruiker-${i}-${crypto.randomUUID().slice(0, 6)}@example.org`, 'Zomer2026!zomer', sprayer)).status)
    expect(answers.slice(0, 20).every((status) => status === 401)).toBe(true)
    expect(answers[20]).toBe(429)
  })
})

describe('passwords', () => {
  const errorsOf = (json: any): { path: string; message: string }[] => json?.errors?.flatMap((e: any) => e.data?.errors ?? []) ?? []

  // CWE-521: "abc" was accepted.
  it('refuses a short or common password with a Dutch reason', async () => {
    for (const password of ['abc', 'wachtwoord12', 'aaaaaaaaaaaaaa']) {
      const body = { email: `zwak-${crypto.randomUUID().slice(0, 8)}@example.org`, name: 'Zwak', role: 'editor', password }
      const response = await api('POST', '/api/users', { as: 'admin', body })
      expect(response.status, password).toBe(400)
      expect(errorsOf(response.json).find((e) => e.path === 'password')?.message, password).toMatch(/wachtwoord/i)
    }
  })

  // CWE-620: with only a stolen session, anyone could set a new password and own the account.
  it('asks for the current password when someone changes their own', async () => {
    const { email, password, id } = await newStaff()
    const token = (await loginAs(email, password, newClient())).json.token as string
    const change = (body: Record<string, unknown>) =>
      fetch(url(`/api/users/${id}`), {
        method: 'PATCH',
        headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
        body: JSON.stringify(body),
      })
    const next = strong()
    const without = await change({ password: next })
    expect(without.status).toBe(400)
    expect(JSON.stringify(await without.json())).toMatch(/huidige wachtwoord/)
    expect((await change({ password: next, currentPassword: 'niet mijn wachtwoord' })).status).toBe(400)
    expect((await loginAs(email, password, newClient())).status).toBe(200)
    expect((await change({ password: 'kort', currentPassword: password })).status).toBe(400)
    expect((await change({ password: next, currentPassword: password })).status).toBe(200)
    expect((await loginAs(email, next, newClient())).status).toBe(200)
    expect((await loginAs(email, password, newClient())).status).toBe(401)
  })

  it("an admin still sets another account's password without knowing it", async () => {
    const { email, id } = await newStaff()
    const next = strong()
    expect((await api('PATCH', `/api/users/${id}`, { as: 'admin', body: { password: next } })).status).toBe(200)
    expect((await loginAs(email, next, newClient())).status).toBe(200)
  })
})
