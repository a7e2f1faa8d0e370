/**
 * `tsx scripts/publish-worker.ts`: the warm publish worker (scripts/publish/worker.ts) on
 * PUBLISH_WORKER_PORT, for the CMS's rebuild path (SITE_PUBLISH_WORKER). The start command runs
 * it with its own environment (CONTENT_SNAPSHOT, MEDIA_DIR, ports).
 */
import type { SiteName } from '@vsp/content-models'
import { startPublishWorker } from './publish/worker'

const snapshotFile = process.env.CONTENT_SNAPSHOT
if (!snapshotFile) {
  console.error('Usage: CONTENT_SNAPSHOT=<file> PUBLISH_WORKER_PORT=<port> tsx scripts/publish-worker.ts')
  process.exit(2)
}
const worker = await startPublishWorker({
  snapshotFile,
  env: process.env as Record<string, string>,
  port: Number(process.env.PUBLISH_WORKER_PORT ?? 3002),
  maxPages: process.env.PUBLISH_MAX_PAGES ? Number(process.env.PUBLISH_MAX_PAGES) : undefined,
  // For tests: a folder of their own with <site>/dist, and only some sites.
  distRoot: process.env.PUBLISH_DIST_ROOT || undefined,
  sites: process.env.PUBLISH_SITES ? (process.env.PUBLISH_SITES.split(',') as SiteName[]) : undefined,
})
console.log(`Publish worker ready at ${worker.url}`)
