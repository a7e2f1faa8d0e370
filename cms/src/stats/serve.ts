/**
 * Entry of the stats server process (`pnpm exec tsx cms/src/stats/serve.ts`), started by
 * `npm start` and the CMS tests next to the CMS. Prints "Stats ingest listening on PORT".
 */
import { getPayload } from 'payload'
import { databaseUrl, isPostgres } from '../lib/paths'
import config from '../payload.config'
import { createIngest } from './ingest'
import { portOf, startIngestServer } from './ingest-server'

interface SqliteClient {
  client: { execute(sql: string): Promise<unknown> }
}

// This process only writes events: the CMS runs the jobs (rollup, retention, scheduled
// publishing) and the site rebuilds. Both settings are read when used, after the imports.
process.env.PAYLOAD_DISABLE_JOBS = '1'
delete process.env.SITE_REBUILD_COMMAND
delete process.env.SITE_PUBLISH_WORKER
// No schema push from here: the seed (or a migration) made the tables before this starts.
Object.assign(process.env, { NODE_ENV: 'production' })

const payload = await getPayload({ config })
// Page views and services need not reach the disk before their 204: in WAL mode NORMAL keeps
// every acknowledged event through a crash of this process or the CMS (the crash test), and
// loses at most the last ones when the machine itself loses power. FULL waited for an fsync
// per batch, with the event loop blocked (BENCHMARKS.md). This connection only; the CMS keeps FULL.
if (!isPostgres(databaseUrl())) await (payload.db as unknown as SqliteClient).client.execute('PRAGMA synchronous = NORMAL')
const server = await startIngestServer({
  ingest: createIngest(payload),
  port: Number(process.env.STATS_PORT ?? 3001),
  host: process.env.STATS_HOST ?? '127.0.0.1',
  trustProxy: process.env.STATS_TRUST_PROXY === '1',
})
console.log(`Stats ingest listening on ${portOf(server)}`)
const stop = () => server.close(() => process.exit(0))
process.on('SIGTERM', stop)
process.on('SIGINT', stop)
