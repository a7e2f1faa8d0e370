/**
 * A change published just before a restart still reaches the site: the request is kept in
 * `rebuild-requests` and the next CMS process runs it when it starts. This starts a second,
 * real CMS process (`next start`) on a copy of the test database that holds one such request,
 * and sees it run the rebuild and forget the request. SQLite only: with TEST_DATABASE_URL
 * (PostgreSQL) there is no file to copy, and the test is skipped.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import { afterAll, describe, expect, inject, it } from 'vitest'
import { repoRoot, startService, waitForHttp } from '@vsp/steps'
import { freePort } from './support/free-port'
import { runs, waitForRun } from './support/rebuild-log'

const copyDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cms-restart-'))
const copy = path.join(copyDir, 'cms.db')
let server: ReturnType<typeof startService> | undefined

afterAll(() => {
  server?.kill('SIGTERM')
  fs.rmSync(copyDir, { recursive: true, force: true })
})

const pendingRows = () => {
  const db = new DatabaseSync(copy, { readOnly: true })
  try {
    return db.prepare('SELECT site FROM rebuild_requests').all().map((row) => row.site)
  } finally {
    db.close()
  }
}

describe.skipIf(Boolean(process.env.TEST_DATABASE_URL))('rebuild requests survive a restart', () => {
  it('a request left in the database is built when the CMS starts, then forgotten', async () => {
    const source = new DatabaseSync(path.join(inject('cmsDataDir'), 'cms.db'), { readOnly: true })
    source.exec(`VACUUM INTO '${copy}'`) // a consistent copy while the test server writes
    source.close()
    const db = new DatabaseSync(copy)
    const now = new Date().toISOString()
    db.exec('DELETE FROM rebuild_requests')
    db.prepare('INSERT INTO rebuild_requests (site, updated_at, created_at) VALUES (?, ?, ?)').run('professionals', now, now)
    db.close()
    expect(pendingRows()).toEqual(['professionals'])

    const port = await freePort()
    const log = path.join(copyDir, 'rebuilds.log')
    server = startService('cms-restarted', process.execPath, [path.join(repoRoot, 'cms/node_modules/next/dist/bin/next'), 'start', '-p', String(port)], {
      cwd: path.join(repoRoot, 'cms'),
      env: {
        CMS_URL: `http://127.0.0.1:${port}`,
        CMS_DATA_DIR: copyDir,
        DATABASE_URL: '',
        NODE_OPTIONS: '--conditions=production',
        PAYLOAD_DISABLE_JOBS: '1',
        SITE_REBUILD_COMMAND: JSON.stringify([process.execPath, path.join(repoRoot, 'cms/test/support/record-rebuild.mjs')]),
        SITE_REBUILD_DELAY_MS: '200',
        REBUILD_LOG: log,
      },
    })
    const started = Date.now()
    // Payload starts with the first request; nobody publishes anything here.
    await waitForHttp(`http://127.0.0.1:${port}/api/checklists?limit=1`)
    await waitForRun('professionals', 0, log, 30_000)
    console.log(`restarted CMS: pending rebuild ran ${((Date.now() - started) / 1000).toFixed(1)} s after start`)
    expect(runs(log)).toEqual(['professionals'])
    for (let waited = 0; waited < 10_000 && pendingRows().length; waited += 100) await new Promise((resolve) => setTimeout(resolve, 100))
    expect(pendingRows(), 'the request was not forgotten after its build').toEqual([])
  })
})
