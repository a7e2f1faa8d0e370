/**
 * The committed PostgreSQL migrations match the collections: a field added without
 * `payload migrate:create` would make every query on that table fail on PostgreSQL while
 * SQLite (pushed in development) hides it. No database needed: the schema is built in memory
 * (Payload without a connection) and compared, as `migrate:create` does, with the snapshot the
 * newest migration left.
 */
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

// Never connected to: Payload builds the PostgreSQL schema without a connection.
process.env.DATABASE_URL = 'postgres://nobody@127.0.0.1:1/none'
process.env.PAYLOAD_SECRET ??= 'migrations-test'

describe('PostgreSQL migrations', async () => {
  const { default: configPromise } = await import('../src/payload.config')
  const { migrationDir } = await import('../src/lib/database')
  const { migrations } = await import('../src/migrations')
  const { BasePayload } = await import('payload')
  const payload = new BasePayload()
  await payload.init({ config: configPromise, disableDBConnect: true, disableOnInit: true })
  const db = payload.db as unknown as {
    schema: unknown
    requireDrizzleKit(): {
      generateDrizzleJson(schema: unknown): Promise<unknown>
      generateMigration(a: unknown, b: unknown): Promise<string[]>
    }
  }

  it('every migration file is in the index that the CMS runs', () => {
    const files = fs
      .readdirSync(migrationDir)
      .filter((file) => /^\d{8}_\d{6}.*\.ts$/.test(file))
      .map((file) => file.replace(/\.ts$/, ''))
    expect(migrations.map((m) => m.name)).toEqual(files.sort())
    expect(files.length).toBeGreaterThan(0)
  })

  // drizzle-kit loads and diffs the whole schema: more than vitest's 5 s default on a loaded 2-core machine.
  it('the newest snapshot is the schema of the collections as they are now', async () => {
    const latest = fs
      .readdirSync(migrationDir)
      .filter((file) => file.endsWith('.json'))
      .sort()
      .at(-1)!
    const before = JSON.parse(fs.readFileSync(path.join(migrationDir, latest), 'utf8'))
    const kit = db.requireDrizzleKit()
    const statements = await kit.generateMigration(before, await kit.generateDrizzleJson(db.schema))
    expect(
      statements,
      'the collections changed: run `pnpm --dir cms exec payload migrate:create <name>` with DATABASE_URL=postgres://… (cms/src/migrations/README.md)',
    ).toEqual([])
  }, 60_000)
})
