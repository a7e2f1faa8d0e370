import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, inject, it } from 'vitest'
import { migrations } from '../src/migrations'
import { testDb } from './support/test-db'

const postgres = Boolean(inject('databaseUrl'))
const event = { kind: 'tool-completed', site: 'helpers', channel: 'direct', subject: 'zelfscan-tijdsbesteding', outcome: 'let-op' }
const postEvent = () =>
  fetch(`${inject('cmsUrl')}/api/island/events`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(event),
  })

describe.skipIf(postgres)('SQLite file', () => {
  // Default journal mode made the export fail with SQLITE_BUSY while events were being written.
  it('runs in WAL mode, so reads go on while visitors write', async () => {
    expect((await postEvent()).status).toBe(204)
    const db = fs.readFileSync(path.join(inject('cmsDataDir'), 'cms.db'))
    // SQLite header bytes 18 and 19 are the write and read format versions: 2 means WAL.
    expect([db[18], db[19]]).toEqual([2, 2])
  })
})

describe.runIf(postgres)('PostgreSQL', () => {
  it('holds what the CMS writes, and no SQLite file was made', async () => {
    const count = async () => Number((await testDb().all('SELECT count(*) AS n FROM service_events'))[0].n)
    const before = await count()
    expect((await postEvent()).status).toBe(204)
    expect(await count()).toBe(before + 1)
    expect(fs.existsSync(path.join(inject('cmsDataDir'), 'cms.db'))).toBe(false)
  })

  // No schema push outside development: the tables come from cms/src/migrations only.
  it('was built by the committed migrations, each run once, none by a schema push', async () => {
    const rows = await testDb().all('SELECT name, batch FROM payload_migrations ORDER BY name')
    expect(rows.map((row) => row.name)).toEqual(migrations.map((m) => m.name))
    // Payload records a development push as batch -1.
    expect(rows.every((row) => Number(row.batch) >= 1)).toBe(true)
  })
})
