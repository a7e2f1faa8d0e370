/**
 * `tsx scripts/rebuild-sites.ts helpers [professionals]`: exports the published content and
 * rebuilds the named sites in place while they are being served. The CMS runs this after a
 * publish (SITE_REBUILD_COMMAND, set by the start command), with the start command's
 * environment (CONTENT_SNAPSHOT, MEDIA_DIR, ports).
 */
import { buildSitesFromCms, SITE_NAMES, type SiteName } from './lib/sites'

const sites = process.argv.slice(2)
const unknown = sites.filter((site) => !(SITE_NAMES as readonly string[]).includes(site))
const snapshot = process.env.CONTENT_SNAPSHOT
if (!sites.length || unknown.length || !snapshot) {
  console.error(
    `Usage: CONTENT_SNAPSHOT=<file> tsx scripts/rebuild-sites.ts ${SITE_NAMES.join('|')} …${unknown.length ? ` (unknown: ${unknown.join(', ')})` : ''}`,
  )
  process.exit(2)
}
const started = Date.now()
buildSitesFromCms(sites as SiteName[], { ...(process.env as Record<string, string>), CONTENT_SNAPSHOT: snapshot })
console.log(`Rebuilt ${sites.join(', ')} in ${((Date.now() - started) / 1000).toFixed(0)} s`)
