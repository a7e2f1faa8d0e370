/**
 * Back-up while the CMS runs and restore into an empty instance (scripts/backup.ts): the restored
 * CMS serves the same content, the same uploads byte for byte, and the same logins. On SQLite
 * (online backup API) in the SQLite pass, on PostgreSQL (pg_dump, pg_restore) in the other.
 */
import { execFile } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, inject, it } from 'vitest'
import { COLLECTIONS } from '@vsp/content-models'
import { postgresTableRows, repoRoot, tableRows } from '@vsp/steps'
import { demoUsers } from '@vsp/test-support/demo-users'
import { api, login } from './support/api'
import { freshDatabase } from './support/postgres'
import { startSecondCms, type SecondCms } from './support/second-cms'

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'cms-backup-'))
let restored: SecondCms | undefined
const dropAfter: (() => Promise<void>)[] = []
afterAll(async () => {
  await restored?.kill('SIGKILL')
  for (const drop of dropAfter) await drop()
  fs.rmSync(root, { recursive: true, force: true })
})

/** scripts/backup.ts as its own process; asynchronous, so the events the test posts keep flowing meanwhile. */
function backupCli(args: string[], dataDir: string, databaseUrl = ''): Promise<{ status: number; stdout: string; stderr: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, CMS_DATA_DIR: dataDir, DATABASE_URL: databaseUrl }
  delete env.MEDIA_DIR
  const argv = [path.join(repoRoot, 'node_modules/tsx/dist/cli.mjs'), 'scripts/backup.ts', ...args]
  return new Promise((resolve) => {
    execFile(process.execPath, argv, { cwd: repoRoot, env, encoding: 'utf8' }, (error, stdout, stderr) =>
      resolve({ status: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    )
  })
}

// Logging in touches a user's sessions; accounts are compared on what they are.
const comparable = (collection: string, docs: Record<string, unknown>[]) =>
  collection === 'users' ? docs.map(({ id, email, name, role }) => ({ id, email, name, role })) : docs

async function adminToken(url: string): Promise<string> {
  const admin = demoUsers.find((user) => user.role === 'admin')!
  const response = await fetch(`${url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: admin.email, password: admin.password }),
  })
  expect(response.status).toBe(200)
  return ((await response.json()) as { token: string }).token
}

/** Runs `work` (a backup) while visitors keep writing events to the CMS, as they would. */
async function whileEventsArrive<T>(work: () => Promise<T>): Promise<T> {
  let writing = true
  const event = { kind: 'tool-completed', site: 'helpers', channel: 'direct', subject: 'zelfscan-tijdsbesteding', outcome: 'let-op' }
  const writer = (async () => {
    while (writing) await api('POST', '/api/island/events', { body: event })
  })()
  try {
    return await work()
  } finally {
    writing = false
    await writer
  }
}

/** The restored CMS serves what the original does: every document, and the uploads byte for byte. */
async function expectSameContent(restoredUrl: string): Promise<void> {
  const token = await adminToken(restoredUrl)
  const read = async (url: string, pathname: string, auth: string) => {
    const response = await fetch(`${url}${pathname}`, { headers: { authorization: `JWT ${auth}` } })
    return { status: response.status, body: Buffer.from(await response.arrayBuffer()) }
  }
  const original = await login('admin')
  // Events kept arriving after the backup; newsletter tokens are closed to REST even for admins
  // (their rows are in the table counts); everything else is compared document by document.
  const notOverRest = new Set(['service-events', 'newsletter-tokens'])
  for (const collection of COLLECTIONS.filter((slug) => !notOverRest.has(slug))) {
    const pathname = `/api/${collection}?limit=0&depth=0&sort=id&draft=true`
    const [before, after] = await Promise.all([read(inject('cmsUrl'), pathname, original), read(restoredUrl, pathname, token)])
    expect(after.status, collection).toBe(200)
    const docs = (response: { body: Buffer }) => comparable(collection, JSON.parse(response.body.toString()).docs)
    expect(docs(after), collection).toEqual(docs(before))
  }
  const media = JSON.parse((await read(restoredUrl, '/api/media?limit=3&depth=0', token)).body.toString()).docs as { url: string }[]
  expect(media.length).toBeGreaterThan(0)
  for (const { url } of media) {
    const [before, after] = await Promise.all([read(inject('cmsUrl'), url, original), read(restoredUrl, url, token)])
    expect(after.status).toBe(200)
    expect(after.body.equals(before.body), url).toBe(true)
  }
}

describe.skipIf(Boolean(process.env.TEST_DATABASE_URL))('backup and restore', () => {
  it('backs up the running CMS and restores it into an empty instance with the same content', async () => {
    const backup = path.join(root, 'backup')
    const made = await whileEventsArrive(() => backupCli(['backup', backup], inject('cmsDataDir')))
    expect(made.status, made.stderr).toBe(0)
    expect(made.stdout).toMatch(/integrity ok/)

    const target = path.join(root, 'restored')
    const back = await backupCli(['restore', backup], target)
    expect(back.status, back.stderr).toBe(0)
    // Restoring over an existing database is refused.
    expect((await backupCli(['restore', backup], target)).status).not.toBe(0)
    const manifest = JSON.parse(fs.readFileSync(path.join(backup, 'manifest.json'), 'utf8'))
    expect(tableRows(path.join(target, 'cms.db'))).toEqual(manifest.database.rows)

    restored = await startSecondCms(target)
    await expectSameContent(restored.url)
  }, 240_000)
})

describe.skipIf(!process.env.TEST_DATABASE_URL)('backup and restore on PostgreSQL', () => {
  it('dumps the running CMS with pg_dump and restores it into an empty database with the same content', async () => {
    const backup = path.join(root, 'pg-backup')
    const made = await whileEventsArrive(() => backupCli(['backup', backup], inject('cmsDataDir'), inject('databaseUrl')))
    expect(made.status, made.stderr).toBe(0)
    expect(made.stdout).toMatch(/pg_dump/)

    const empty = await freshDatabase(process.env.TEST_DATABASE_URL!)
    dropAfter.push(empty.drop)
    const target = path.join(root, 'pg-restored')
    const back = await backupCli(['restore', backup], target, empty.url)
    expect(back.status, back.stderr).toBe(0)
    // Restoring into a database that has tables is refused.
    expect((await backupCli(['restore', backup], target, empty.url)).status).not.toBe(0)
    const manifest = JSON.parse(fs.readFileSync(path.join(backup, 'manifest.json'), 'utf8'))
    expect(await postgresTableRows(empty.url)).toEqual(manifest.database.rows)

    restored = await startSecondCms(target, { DATABASE_URL: empty.url })
    await expectSameContent(restored.url)
  }, 240_000)
})
