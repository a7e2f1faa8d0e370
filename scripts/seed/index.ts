/**
 * `pnpm seed`: fills the database (SQLite file by default) with the demo content.
 * Idempotent: prints, per collection, how many documents it created and how many were there.
 */
import { config, getPayload } from '@vsp/cms/payload'
import { progress } from '../lib/progress'
import { seed } from './run'

const log = progress('seed')
log.step('starting Payload (schema is created on first run)')
const payload = await getPayload({ config })
const tally = await seed(payload, (message) => log.step(`done: ${message}`))
const rows = Object.entries(tally).map(
  ([collection, c]) => `  ${collection.padEnd(16)} ${String(c.created).padStart(4)} new  ${String(c.present).padStart(4)} already there`,
)
const created = Object.values(tally).reduce((n, c) => n + c.created, 0)
console.log(`Seed finished: ${created} documents created.\n${rows.join('\n')}`)
process.exit(0)
