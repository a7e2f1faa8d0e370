/** "Opnieuw bijwerken" in the admin's status line: POST /api/rebuild-status/retry. */
import { describe, expect, inject, it } from 'vitest'
import { api, login } from './support/api'
import { quiet, runs, waitForRun } from './support/rebuild-log'

const retry = '/api/rebuild-status/retry'

/** The request a browser makes with the login cookie, from the given page origin. */
async function withCookie(origin: string): Promise<number> {
  const token = await login('editor')
  const response = await fetch(`${inject('cmsUrl')}${retry}`, { method: 'POST', headers: { cookie: `payload-token=${token}`, origin } })
  await response.body?.cancel()
  return response.status
}

describe('rebuilding the sites by hand', () => {
  it('is refused to visitors (401) and to marketers (403)', async () => {
    await quiet()
    const before = runs().length
    const anonymous = await api('POST', retry)
    expect(anonymous.status).toBe(401)
    expect(anonymous.json.error).toMatch(/Log in/)
    const marketer = await api('POST', retry, { as: 'marketer' })
    expect(marketer.status).toBe(403)
    expect(marketer.json.error).toMatch(/redacteuren en beheerders/)
    await new Promise((resolve) => setTimeout(resolve, 1000))
    expect(runs().slice(before)).toEqual([])
  })

  it('rebuilds both sites when an editor or an admin asks', async () => {
    for (const who of ['editor', 'admin'] as const) {
      await quiet()
      const before = runs().length
      const { status, json } = await api('POST', retry, { as: who })
      expect(status).toBe(202)
      expect(json).toMatchObject({ enabled: true, waiting: ['helpers', 'professionals'] })
      await waitForRun('helpers professionals', before)
    }
  })

  // CWE-352: another website must not be able to make an editor's browser ask for builds.
  it("counts the login cookie only from the admin's own origin", async () => {
    await quiet()
    const before = runs().length
    expect(await withCookie('https://elders.example')).toBe(401)
    expect(runs().slice(before)).toEqual([])
    expect(await withCookie(new URL(inject('cmsUrl')).origin)).toBe(202)
    await waitForRun('helpers professionals', before)
  })
})
