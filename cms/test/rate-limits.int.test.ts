/**
 * The island API's caps are counted in the database (`rate_limits`), not in the process, so
 * that CMS instances behind a load balancer share them (CWE-770 holds with more than one
 * instance). Proven by playing another instance: a count written straight into the table is
 * what this CMS then enforces.
 */
import { afterAll, describe, expect, inject, it } from 'vitest'
import { testDb } from './support/test-db'

const tip = () =>
  fetch(`${inject('cmsUrl')}/api/island/tips`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      title: `Samen boodschappen doen ${Date.now()}`,
      body: 'Ik deed de boodschappen met hem, dan hoefde hij niet alleen de straat op.',
    }),
  })

afterAll(async () => {
  await testDb().all("DELETE FROM rate_limits WHERE name = 'island-tips'")
})

describe('rate limits in the database', () => {
  it('counts each accepted tip in the rate_limits table', async () => {
    await testDb().all("DELETE FROM rate_limits WHERE name = 'island-tips'")
    expect((await tip()).status).toBe(201)
    expect((await tip()).status).toBe(201)
    const [row] = await testDb().all("SELECT used FROM rate_limits WHERE name = 'island-tips'")
    expect(Number(row.used)).toBe(2)
  })

  it('enforces a count another instance left in the table: 429 with Retry-After', async () => {
    await testDb().all("UPDATE rate_limits SET used = 1000, window_start = ? WHERE name = 'island-tips'", [Date.now()])
    const refused = await tip()
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
    // A window that another instance opened long ago is over: the next tip opens a new one.
    await testDb().all("UPDATE rate_limits SET window_start = ? WHERE name = 'island-tips'", [Date.now() - 24 * 3600_000])
    expect((await tip()).status).toBe(201)
    const [row] = await testDb().all("SELECT used FROM rate_limits WHERE name = 'island-tips'")
    expect(Number(row.used)).toBe(1)
  })
})
