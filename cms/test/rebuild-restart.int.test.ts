/**
 * A change published just before a restart still reaches the site: the request is kept in
 * `rebuild-requests` and the next CMS process runs it when it starts. This starts a second,
 * real CMS process (`next start`) on a copy of the test database that holds one such request,
 * and sees it run the rebuild and forget the request. On PostgreSQL the second process uses the
 * same database (as a second instance would), since a database in use cannot be copied.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import { afterAll, describe, expect, inject, it } from 'vitest'
import { repoRoot, startService, waitForHttp } from '@vsp/steps'
import { freePort } from './support/free-port'
import { runs, waitForRun } from './support/rebuild-log'
import { testDb } from './support/test-db'

const copyDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cms-restart-'))
const copy = path.join(copyDir, 'cms.db')
let server: ReturnType<typeof startService> | undefined

afterAll(() => {
  server?.kill('SIGTERM')
  fs.rmSync(copyDir, { recursive: true, force: true })
})

const db = () => testDb(copy)
const pendingRows = async () => (await db().all('SELECT site FROM rebuild_requests')).map((row) => row.site)

describe('rebuild requests survive a restart', () => {
  it('a request left in the database is built when the CMS starts, then forgotten', async () => {
    if (!db().postgres) {
      const source = new DatabaseSync(path.join(inject('cmsDataDir'), 'cms.db'), { readOnly: true })
      source.exec(`VACUUM INTO '${copy}'`) // a consistent copy while the test server writes
      source.close()
    }
    const now = new Date().toISOString()
    await db().all('DELETE FROM rebuild_requests')
    await db().all('INSERT INTO rebuild_requests (site, updated_at, created_at) VALUES (?, ?, ?)', ['professionals', now, now])
    expect(await pendingRows()).toEqual(['professionals'])

    const port = await freePort()
    const log = path.join(copyDir, 'rebuilds.log')
    server = startService(
      'cms-restarted',
      process.execPath,
      [path.join(repoRoot, 'cms/node_modules/next/dist/bin/next'), 'start', '-p', String(port)],
      {
        cwd: path.join(repoRoot, 'cms'),
        env: {
          CMS_URL: `http://127.0.0.1:${port}`,
          CMS_DATA_DIR: copyDir,
          DATABASE_URL: inject('databaseUrl'),
          NODE_OPTIONS: '--conditions=production',
          PAYLOAD_DISABLE_JOBS: '1',
          SITE_REBUILD_COMMAND: JSON.stringify([process.execPath, path.join(repoRoot, 'cms/test/support/record-rebuild.mjs')]),
          SITE_REBUILD_DELAY_MS: '200',
          REBUILD_LOG: log,
        },
      },
    )
    const started = Date.now()
    // Payload starts with the first request; nobody publishes anything here.
    await waitForHttp(`http://127.0.0.1:${port}/api/checklists?limit=1`)
    await waitForRun('professionals', 0, log, 30_000)
    console.log(`restarted CMS: pending rebuild ran ${((Date.now() - started) / 1000).toFixed(1)} s after start`)
    expect(runs(log)).toEqual(['professionals'])
    for (let waited = 0; waited < 10_000 && (await pendingRows()).length; waited += 100)
      await new Promise((resolve) => setTimeout(resolve, 100))
    expect(await pendingRows(), 'the request was not forgotten after its build').toEqual([])
  })
})
