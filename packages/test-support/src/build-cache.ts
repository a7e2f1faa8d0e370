import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { newestMtime, repoRoot } from '@vsp/steps'
import { FIXTURE_MEDIA, FIXTURE_SNAPSHOT, SITES_DIR } from './fixtures'

/**
 * One test run's shared site builds. Several test files (and the integration, e2e and cms
 * projects of one `npm test`) build the same site from the same snapshot with the same baked-in
 * APIs; each such build is made once per run and copied to every test's own folder.
 *
 * The cache folder is SITE_BUILD_CACHE: made by the projects' global setup (or by
 * `scripts/test.ts` for the whole run) and removed when it ends; without it nothing is cached.
 * The key is the content of everything the build reads: the site, what the build takes from the
 * environment, the snapshot file's bytes, the media folder's listing, and the newest source time
 * of the site and the workspaces it is built from. Only successful builds are kept.
 */
export const BUILD_CACHE_ENV = 'SITE_BUILD_CACHE'

/**
 * What a site build reads from the environment (the rest of it is the test process's own). The
 * snapshot counts by its bytes, not by where it lies.
 */
const BUILD_ENV = /^(PUBLIC_|CONTENT_(?!SNAPSHOT$)|MEDIA_DIR$|SITE_|HELPERS_|PROFESSIONALS_|CMS_|ASTRO_(?!CACHE_DIR$))/

const sha256 = (data: string | Buffer) => crypto.createHash('sha256').update(data).digest('hex')

function mediaListing(dir: string): string[] {
  if (!fs.existsSync(dir)) return []
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const file = path.join(entry.parentPath, entry.name)
      const stat = fs.statSync(file)
      return `${path.relative(dir, file)} ${stat.size} ${stat.mtimeMs}`
    })
    .sort()
}

/** The cache key of a build of `site` with `env` (the full environment the build gets), or null when it must not be cached. */
export function buildKey(site: string, env: Record<string, string | undefined>): string | null {
  // Content read from a running CMS is not in any file: such a build is never shared.
  if ((env.CONTENT_SOURCE ?? 'snapshot') !== 'snapshot') return null
  const snapshot = env.CONTENT_SNAPSHOT ?? FIXTURE_SNAPSHOT
  const media = env.MEDIA_DIR ?? FIXTURE_MEDIA
  if (!fs.existsSync(snapshot)) return null
  const baked = Object.entries(env)
    .filter(([name, value]) => BUILD_ENV.test(name) && value !== undefined)
    .sort(([a], [b]) => a.localeCompare(b))
  const sources = [path.join(SITES_DIR, site), path.join(repoRoot, 'packages'), path.join(repoRoot, 'content-models')]
  return sha256(
    JSON.stringify({
      site,
      baked,
      snapshot: sha256(fs.readFileSync(snapshot)),
      media: [media, ...mediaListing(media)],
      sources: Math.max(...sources.map(newestMtime)),
    }),
  )
}

/** The cached build's folder for `key`, or null when there is no cache or no such build yet. */
export function cachedBuild(key: string | null): string | null {
  const root = process.env[BUILD_CACHE_ENV]
  if (!root || !key) return null
  const dir = path.join(root, key)
  return fs.existsSync(path.join(dir, 'index.html')) ? dir : null
}

/** Keeps a successful build (copied, then renamed into place, so a reader never sees half of it). */
export function keepBuild(key: string | null, outDir: string): void {
  const root = process.env[BUILD_CACHE_ENV]
  if (!root || !key || cachedBuild(key)) return
  const partial = path.join(root, `${key}.${process.pid}.partial`)
  fs.cpSync(outDir, partial, { recursive: true })
  try {
    fs.renameSync(partial, path.join(root, key))
  } catch {
    fs.rmSync(partial, { recursive: true, force: true }) // another file kept the same build first
  }
}
