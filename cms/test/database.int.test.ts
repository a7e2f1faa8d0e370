import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, inject, it } from 'vitest'

describe.skipIf(Boolean(process.env.TEST_DATABASE_URL))('SQLite file', () => {
  // Default journal mode made the export fail with SQLITE_BUSY while events were being written.
  it('runs in WAL mode, so reads go on while visitors write', async () => {
    const response = await fetch(`${inject('cmsUrl')}/api/island/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ kind: 'tool-completed', site: 'helpers', channel: 'direct', subject: 'zelfscan-tijdsbesteding', outcome: 'let-op' }),
    })
    expect(response.status).toBe(204)
    const db = fs.readFileSync(path.join(inject('cmsDataDir'), 'cms.db'))
    // SQLite header bytes 18 and 19 are the write and read format versions: 2 means WAL.
    expect([db[18], db[19]]).toEqual([2, 2])
  })
})
