/**
 * Crash safety: a CMS is killed with SIGKILL in the middle of a burst of writes (service events,
 * tips, an editor's new documents). Every write it acknowledged must be there after, the SQLite
 * file must pass its integrity check, and the CMS must start again on it. The same for the stats
 * server, whose connection commits with synchronous=NORMAL. SQLite only.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import { afterAll, describe, expect, inject, it } from 'vitest'
import { backupInstance, integrity } from '@vsp/steps'
import { demoUsers } from '@vsp/test-support/demo-users'
import { validDocument } from './support/fixtures'
import { startSecondCms, startStatsServer, type SecondCms } from './support/second-cms'

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'cms-crash-'))
const dataDir = path.join(root, 'data')
let cms: SecondCms | undefined
let stats: SecondCms | undefined
afterAll(async () => {
  await cms?.kill('SIGKILL')
  await stats?.kill('SIGKILL')
  fs.rmSync(root, { recursive: true, force: true })
})

const event = { kind: 'tool-completed', site: 'helpers', channel: 'direct', subject: 'zelfscan-tijdsbesteding', outcome: 'let-op' }
const query = <T>(sql: string) => {
  const db = new DatabaseSync(path.join(dataDir, 'cms.db'))
  try {
    return db.prepare(sql).all() as T[]
  } finally {
    db.close()
  }
}

describe.skipIf(Boolean(process.env.TEST_DATABASE_URL))('a CMS killed during a burst of writes', () => {
  it('keeps every acknowledged write, and its database passes the integrity check', async () => {
    const source = inject('cmsDataDir')
    await backupInstance({ database: path.join(source, 'cms.db'), media: path.join(source, 'media'), target: dataDir })
    const env = { ISLAND_EVENTS_LIMIT: '1000000', ISLAND_TIPS_LIMIT: '1000000' }
    cms = await startSecondCms(dataDir, env)
    const url = cms.url
    const admin = demoUsers.find((user) => user.role === 'admin')!
    const login = await fetch(`${url}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: admin.email, password: admin.password }),
    })
    const token = ((await login.json()) as { token: string }).token
    const eventsBefore = query<{ n: number }>('SELECT count(*) AS n FROM service_events')[0].n
    const documents = await Promise.all(Array.from({ length: 40 }, () => validDocument('checklists')))

    const acked = { events: 0, tips: [] as string[], checklists: [] as number[] }
    let alive = true
    const post = (pathname: string, body: unknown, auth?: string) =>
      fetch(`${url}${pathname}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(auth ? { authorization: `JWT ${auth}` } : {}) },
        body: JSON.stringify(body),
      })
    const worker = async (work: (i: number) => Promise<void>) => {
      for (let i = 0; alive; i++) await work(i).catch(() => (alive = false))
    }
    let tipNumber = 0
    const burst = [
      ...Array.from({ length: 4 }, () =>
        worker(async () => {
          if ((await post('/api/island/events', event)).status === 204) acked.events++
        }),
      ),
      ...Array.from({ length: 2 }, () =>
        worker(async () => {
          const title = `Tip bij een crash ${++tipNumber}`
          if ((await post('/api/island/tips', { title, body: 'Blijf vooral luisteren naar wat iemand nodig heeft.' })).status === 201)
            acked.tips.push(title)
        }),
      ),
      worker(async (i) => {
        const response = await post('/api/checklists', documents[i % documents.length], token)
        if (response.status === 201) acked.checklists.push(((await response.json()) as { doc: { id: number } }).doc.id)
      }),
    ]
    // Let the burst run, then pull the plug while requests are in flight.
    while (acked.events < 150 || acked.checklists.length < 3) await new Promise((resolve) => setTimeout(resolve, 50))
    await cms.kill('SIGKILL')
    alive = false
    await Promise.all(burst)
    console.log(
      `[figure] killed during the burst: ${acked.events} events, ${acked.tips.length} tips, ${acked.checklists.length} checklists acknowledged`,
    )

    expect(integrity(path.join(dataDir, 'cms.db'))).toBe('ok')
    expect(query<{ n: number }>('SELECT count(*) AS n FROM service_events')[0].n - eventsBefore).toBeGreaterThanOrEqual(acked.events)
    const tips = new Set(query<{ title: string }>('SELECT title FROM helper_tips').map((row) => row.title))
    expect(acked.tips.filter((title) => !tips.has(title))).toEqual([])
    const checklists = new Set(query<{ id: number }>('SELECT id FROM checklists').map((row) => row.id))
    expect(acked.checklists.filter((id) => !checklists.has(id))).toEqual([])

    // It starts again on the same file and serves what it acknowledged.
    cms = await startSecondCms(dataDir, env)
    const again = await fetch(`${cms.url}/api/checklists/${acked.checklists.at(-1)}?depth=0`)
    expect(again.status).toBe(200)
    expect((await fetch(`${cms.url}/api/health`)).status).toBe(200)
  }, 240_000)

  it('the stats server keeps every acknowledged page view (synchronous=NORMAL in WAL mode)', async () => {
    if (!fs.existsSync(path.join(dataDir, 'cms.db'))) {
      const source = inject('cmsDataDir')
      await backupInstance({ database: path.join(source, 'cms.db'), media: path.join(source, 'media'), target: dataDir })
    }
    stats = await startStatsServer(dataDir, { STATS_HELPERS_LIMIT: '1000000' })
    const before = query<{ n: number }>("SELECT count(*) AS n FROM service_events WHERE kind = 'page-view'")[0].n
    const pageView = JSON.stringify({ kind: 'page-view', site: 'helpers', channel: 'direct', subject: 'checklist' })
    let acked = 0
    let alive = true
    const burst = Array.from({ length: 8 }, async () => {
      while (alive) {
        const ok = await fetch(`${stats!.url}/events`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: pageView })
          .then((response) => response.status === 204)
          .catch(() => false)
        if (ok) acked++
        else alive = false
      }
    })
    while (acked < 500) await new Promise((resolve) => setTimeout(resolve, 20))
    await stats.kill('SIGKILL')
    alive = false
    await Promise.all(burst)
    console.log(`[figure] stats server killed during the burst: ${acked} page views acknowledged`)
    expect(integrity(path.join(dataDir, 'cms.db'))).toBe('ok')
    expect(query<{ n: number }>("SELECT count(*) AS n FROM service_events WHERE kind = 'page-view'")[0].n - before).toBeGreaterThanOrEqual(
      acked,
    )
  }, 120_000)
})
