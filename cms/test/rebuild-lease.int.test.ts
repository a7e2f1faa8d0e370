/**
 * Several CMS instances on one database (behind a load balancer) take turns building a site,
 * through a lease per site in the database (cms/src/rebuild/leased-rebuild.ts). Without it two
 * instances built the same site at once into the same dist folder (CWE-362, a race on a shared
 * resource) and both ran the requests left pending at start-up.
 *
 * Two real CMS processes (`next start`) on the test database (SQLite file or PostgreSQL), each
 * with a stand-in build of 1.2 s that notes its start, its end and the content it read into one
 * shared file (support/timed-rebuild.mjs). The lease lasts 1.5 s, less than a build, so the
 * holder must renew it while it builds.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, inject, it } from 'vitest'
import { repoRoot } from '@vsp/steps'
import { login } from './support/api'
import { validDocument } from './support/fixtures'
import { pause, quiet } from './support/rebuild-log'
import { type SecondCms, startSecondCms } from './support/second-cms'
import { testDb } from './support/test-db'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cms-lease-'))
const log = path.join(dir, 'builds.log')
const TITLE = `Bouwslot ${Date.now().toString(36)}`
const LEASE_MS = 1500
const BUILD_MS = 1200

interface Build {
  phase: 'start' | 'end'
  instance: string
  sites: string[]
  start: number
  end?: number
  titles?: string[]
}
const lines = (): Build[] =>
  fs.existsSync(log)
    ? fs
        .readFileSync(log, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line))
    : []
const finished = (site: string) => lines().filter((b) => b.phase === 'end' && b.sites.includes(site))

const instances: Record<string, SecondCms> = {}
afterAll(async () => {
  await Promise.all(Object.values(instances).map((cms) => cms.kill('SIGKILL')))
  fs.rmSync(dir, { recursive: true, force: true })
})

const db = () => testDb()
const openRequests = async (site: string) => (await db().all('SELECT id FROM rebuild_requests WHERE site = ?', [site])).length

async function startInstance(name: string): Promise<SecondCms> {
  instances[name] = await startSecondCms(inject('cmsDataDir'), {
    DATABASE_URL: inject('databaseUrl'),
    SITE_REBUILD_COMMAND: JSON.stringify([process.execPath, path.join(repoRoot, 'cms/test/support/timed-rebuild.mjs')]),
    SITE_REBUILD_DELAY_MS: '100',
    SITE_REBUILD_RETRY_MS: '',
    SITE_REBUILD_LEASE_MS: String(LEASE_MS),
    SITE_REBUILD_BUSY_RETRY_MS: '300',
    BUILD_MS: String(BUILD_MS),
    REBUILD_LOG: log,
    LEASE_TEST_TITLE: TITLE,
    LEASE_TEST_INSTANCE: name,
  })
  return instances[name]
}

/** Publishes a new helpers checklist on this instance; returns its title. */
async function publish(cms: SecondCms, n: number): Promise<string> {
  const title = `${TITLE} ${n}`
  const response = await fetch(`${cms.url}/api/checklists`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `JWT ${await login('editor')}` },
    body: JSON.stringify({ ...(await validDocument('checklists')), title }),
  })
  expect(response.status, await response.text()).toBe(201)
  return title
}

async function idle(cms: SecondCms): Promise<boolean> {
  const response = await fetch(`${cms.url}/api/rebuild-status`, { headers: { authorization: `JWT ${await login('editor')}` } })
  const status = await response.json()
  return !status.running.length && !status.waiting.length
}

/** Until both instances have nothing waiting or running and no request for the site is open. */
async function settled(site: string, cms: SecondCms[], timeoutMs = 60_000): Promise<void> {
  for (let waited = 0; waited < timeoutMs; waited += 200) {
    const states = await Promise.all(cms.map(idle))
    if (states.every(Boolean) && (await openRequests(site)) === 0) return
    await pause(200)
  }
  throw new Error(`the rebuilds of ${site} did not settle`)
}

/** Builds of the site sorted by start; each must start after the one before it ended. */
function expectNoOverlap(site: string, ends: Record<string, number> = {}) {
  const builds = lines()
    .filter((b) => b.phase === 'start' && b.sites.includes(site))
    .map((b) => ({ ...b, end: finished(site).find((e) => e.instance === b.instance && e.start === b.start)?.end ?? ends[b.instance] }))
    .sort((a, b) => a.start - b.start)
  for (let i = 1; i < builds.length; i++) {
    const [before, next] = [builds[i - 1], builds[i]]
    expect(next.start, `${site}: a build by ${next.instance} started while one by ${before.instance} ran`).toBeGreaterThanOrEqual(
      before.end!,
    )
  }
  return builds
}

describe('two CMS instances on one database take turns building a site', () => {
  it('at start-up, only one of them builds a request left pending', async () => {
    await quiet() // the test server's own queue, on the same database
    await db().all('DELETE FROM rebuild_requests')
    const now = new Date().toISOString()
    await db().all('INSERT INTO rebuild_requests (site, updated_at, created_at) VALUES (?, ?, ?)', ['professionals', now, now])
    const [a, b] = await Promise.all([startInstance('a'), startInstance('b')])
    await settled('professionals', [a, b])
    await pause(300 + 100 + BUILD_MS + 500) // a second build would have started and ended by now
    expect(finished('professionals').map((build) => build.instance)).toHaveLength(1)
  })

  it('never builds one site twice at once, and builds every change published on either', async () => {
    const { a, b } = instances
    const titles: string[] = []
    const published: number[] = []
    // Both at the same moment, then gaps shorter and longer than a build.
    for (const [round, gap] of [0, 300, 900, 1600, 400, 2200].entries()) {
      titles.push(...(await Promise.all([publish(a, 2 * round), publish(b, 2 * round + 1)])))
      published.push(Date.now())
      await pause(gap)
    }
    await settled('helpers', [a, b])
    const builds = expectNoOverlap('helpers')
    const done = finished('helpers')
    expect(done.at(-1)!.titles, 'the last build does not hold every published change').toEqual(expect.arrayContaining(titles))
    // Every change reached a build that read the content after it was published.
    for (const [i, at] of published.entries())
      expect(
        done.some((build) => build.start >= at),
        `round ${i}`,
      ).toBe(true)
    const leases = await db().all('SELECT site FROM rebuild_leases WHERE expires_at > ?', [Date.now()])
    expect(leases, 'a lease was not given back').toEqual([])
    const per = (name: string) => done.filter((build) => build.instance === name).length
    console.log(
      `[figure] 12 publishes on two instances: ${builds.length} builds of helpers (a ${per('a')}, b ${per('b')}), none overlapping`,
    )
  })

  it('takes over the lease of an instance that died while building, and builds its request', async () => {
    const { a, b } = instances
    const before = lines().length
    const title = await publish(a, 100)
    for (
      let waited = 0;
      !lines()
        .slice(before)
        .some((l) => l.phase === 'start' && l.instance === 'a');
      waited += 50
    ) {
      if (waited > 20_000) throw new Error('instance a did not start its build')
      await pause(50)
    }
    await a.kill('SIGKILL') // its build and its lease's renewal die with it; the lease is never given back
    const killedAt = Date.now()
    delete instances.a
    expect(await openRequests('helpers'), 'the dead build served its request').toBe(1)
    const next = await publish(b, 101)
    await settled('helpers', [b])
    const taken = finished('helpers').filter((build) => build.instance === 'b' && build.start > killedAt)
    expect(taken.at(-1)?.titles).toEqual(expect.arrayContaining([title, next]))
    expectNoOverlap('helpers', { a: killedAt })
    console.log(`[figure] b started building ${taken[0].start - killedAt} ms after a died (lease ${LEASE_MS} ms)`)
  })
})
