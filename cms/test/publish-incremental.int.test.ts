/**
 * Publishing goes the incremental way (issue 11 §2): a second real CMS whose rebuilds go to a
 * real publish worker (scripts/publish-worker.ts, with the site renderer), and a real site server
 * on the helpers site the worker writes. Over REST, while visitors' page views are being posted
 * to a stats server on the same database (about 1,000 a second, as the sites send them), a
 * checklist's new title reaches the served page without a full build (the command that would
 * build in full records every run, and records none); a draft save reaches neither the worker
 * nor the site.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import { startSiteServer, type SiteServer } from '@vsp/site-server'
import { repoRoot, startService, waitForHttp } from '@vsp/steps'
import { buildSiteOrThrow } from '@vsp/test-support'
import { demoUsers } from '@vsp/test-support/demo-users'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { freePort } from './support/free-port'
import { type SecondCms, startSecondCms, startStatsServer } from './support/second-cms'

const postgres = Boolean(inject('databaseUrl'))
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'publish-incremental-'))
const snapshot = path.join(tmp, 'snapshot.json')
const dist = path.join(tmp, 'sites', 'helpers', 'dist')
const rebuildLog = path.join(tmp, 'rebuilds.log')
const mediaDir = () => path.join(inject('cmsDataDir'), 'media')
let cms: SecondCms | undefined
let stats: SecondCms | undefined
let worker: ReturnType<typeof startService> | undefined
let site: SiteServer | undefined

afterAll(async () => {
  await cms?.kill()
  await stats?.kill()
  worker?.kill('SIGTERM')
  await site?.close()
  fs.rmSync(tmp, { recursive: true, force: true })
})

async function request(method: string, url: string, body?: unknown, token?: string) {
  const headers: Record<string, string> = body === undefined ? {} : { 'content-type': 'application/json' }
  if (token) headers.authorization = `JWT ${token}`
  const response = await fetch(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) })
  return { status: response.status, json: await response.json().catch(() => null) }
}

/**
 * Posts visitors' page views at `perSecond` until stopped, open loop: every 10 ms the next share
 * is sent without waiting for the answers (as visitors' browsers do), with at most 500 in flight
 * so a stalled server is not buried. Counts what was sent and what was accepted.
 */
function postEvents(url: string, perSecond: number) {
  const body = JSON.stringify({ kind: 'page-view', site: 'helpers', channel: 'direct', subject: 'checklist' })
  const started = Date.now()
  let sent = 0
  let accepted = 0
  let inFlight = 0
  const post = () => {
    sent++
    inFlight++
    fetch(`${url}/events`, { method: 'POST', headers: { 'content-type': 'application/json' }, body })
      .then((answer) => answer.status === 204 && accepted++)
      .catch(() => undefined)
      .finally(() => inFlight--)
  }
  const timer = setInterval(() => {
    const due = Math.floor(((Date.now() - started) * perSecond) / 1000) - sent
    for (let i = 0; i < due && inFlight < 500; i++) post()
  }, 10)
  return {
    stop: async () => {
      clearInterval(timer)
      while (inFlight > 0) await new Promise((resolve) => setTimeout(resolve, 20))
      return { sent, accepted }
    },
  }
}

async function waitFor<T>(what: string, check: () => Promise<T | undefined>, ms = 60_000): Promise<T> {
  const started = Date.now()
  for (;;) {
    const value = await check()
    if (value !== undefined) return value
    if (Date.now() - started > ms) throw new Error(`waited ${ms} ms for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

describe.skipIf(postgres)('publishing through the publish worker', () => {
  let token = ''
  let checklist: { id: number; slug: string; title: string }

  beforeAll(async () => {
    const source = new DatabaseSync(path.join(inject('cmsDataDir'), 'cms.db'), { readOnly: true })
    source.exec(`VACUUM INTO '${path.join(tmp, 'cms.db')}'`)
    source.close()
    // The copy is a new instance: nothing owed to its sites, and no rebuild lease of the test
    // CMS, which would otherwise keep this one waiting until the lease ran out.
    const copy = new DatabaseSync(path.join(tmp, 'cms.db'))
    copy.exec('DELETE FROM rebuild_leases; DELETE FROM rebuild_requests;')
    copy.close()
    const env = { ...process.env, CMS_DATA_DIR: tmp, DATABASE_URL: '', PAYLOAD_DISABLE_JOBS: '1' }
    const exported = spawnSync('pnpm', ['exec', 'tsx', 'scripts/export-snapshot.ts', snapshot], { cwd: repoRoot, env, encoding: 'utf8' })
    expect(exported.stdout, exported.stderr).toMatch(/Snapshot written/)
    await buildSiteOrThrow('helpers', dist, { CONTENT_SNAPSHOT: snapshot, MEDIA_DIR: mediaDir() })
    fs.copyFileSync(snapshot, `${dist}.snapshot.json`)
    site = await startSiteServer({ root: dist, port: 0, host: '127.0.0.1' })

    const workerPort = await freePort()
    worker = startService('publish-worker', 'pnpm', ['exec', 'tsx', 'scripts/publish-worker.ts'], {
      env: {
        CONTENT_SNAPSHOT: snapshot,
        MEDIA_DIR: mediaDir(),
        PUBLISH_DIST_ROOT: path.join(tmp, 'sites'),
        PUBLISH_SITES: 'helpers',
        PUBLISH_WORKER_PORT: String(workerPort),
        NODE_OPTIONS: '--conditions=production',
      },
    })
    await waitForHttp(`http://127.0.0.1:${workerPort}/health`, 240_000)
    cms = await startSecondCms(tmp, {
      SITE_PUBLISH_WORKER: `http://127.0.0.1:${workerPort}`,
      // Would build in full; it only records, and must record nothing here.
      SITE_REBUILD_COMMAND: JSON.stringify([process.execPath, path.join(repoRoot, 'cms/test/support/record-rebuild.mjs')]),
      REBUILD_LOG: rebuildLog,
      SITE_REBUILD_DELAY_MS: '200',
    })
    stats = await startStatsServer(tmp, { STATS_HELPERS_LIMIT: '1000000' })
    const editor = demoUsers.find((u) => u.role === 'editor')
    const login = await request('POST', `${cms.url}/api/users/login`, { email: editor?.email, password: editor?.password })
    token = login.json.token
    const found = await request(
      'GET',
      `${cms.url}/api/checklists?where[site][equals]=helpers&where[_status][equals]=published&limit=1&depth=0`,
    )
    checklist = found.json.docs[0]
  }, 600_000)

  const page = async () => (await fetch(`${site?.url}/checklists/${checklist.slug}/`)).text()

  it('a published title is on the served page while events are posted, without a full build', async () => {
    const events = postEvents(stats?.url ?? '', 1000)
    const title = `${checklist.title} (bijgewerkt)`
    const started = Date.now()
    const saved = await request('PATCH', `${cms?.url}/api/checklists/${checklist.id}`, { title, _status: 'published' }, token)
    expect(saved.status).toBe(200)
    await waitFor('the new title on the served page', async () => ((await page()).includes(title) ? true : undefined))
    const seconds = (Date.now() - started) / 1000
    const { sent, accepted } = await events.stop()
    const rate = (n: number) => Math.round(n / seconds)
    console.log(
      `publish to live over REST: ${seconds.toFixed(1)} s, with ${sent} page views posted (${rate(sent)} a second) ` +
        `and ${accepted} accepted (${rate(accepted)} a second) meanwhile`,
    )
    expect(accepted).toBeGreaterThan(100)
    const status = await waitFor('the status line', async () => {
      const { json } = await request('GET', `${cms?.url}/api/rebuild-status`, undefined, token)
      return json?.last?.ok ? json : undefined
    })
    expect(status.last.detail).toMatch(/^helpers: \d+ pagina/)
    expect(fs.existsSync(rebuildLog) ? fs.readFileSync(rebuildLog, 'utf8') : '', 'the command (a full build) ran').toBe('')
    checklist.title = title
  }, 180_000)

  it('a draft save renders nothing: the worker is not asked and the site keeps the published title', async () => {
    const before = (await request('GET', `${cms?.url}/api/rebuild-status`, undefined, token)).json.last
    const draft = await request(
      'PATCH',
      `${cms?.url}/api/checklists/${checklist.id}?draft=true`,
      { title: 'Concept dat niet live mag' },
      token,
    )
    expect(draft.status).toBe(200)
    await new Promise((resolve) => setTimeout(resolve, 3000))
    const after = (await request('GET', `${cms?.url}/api/rebuild-status`, undefined, token)).json
    expect(after.last).toEqual(before)
    expect(after.waiting).toEqual([])
    const html = await page()
    expect(html).toContain(checklist.title)
    expect(html).not.toContain('Concept dat niet live mag')
  }, 60_000)
})
