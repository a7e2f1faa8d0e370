import fs from 'node:fs'
import path from 'node:path'
import { SITE_NAMES, type SiteName } from '@vsp/content-models'
import { repoRoot, runStep, snapshotBuildEnv } from '@vsp/steps'

export { SITE_NAMES, snapshotBuildEnv, type SiteName }

/** Builds one site from the snapshot into `<site>/<outDir>` and proves it produced pages (silent exits happen). */
export function buildSite(site: SiteName, env: Record<string, string> & { CONTENT_SNAPSHOT: string }, outDir = 'dist'): void {
  const cwd = path.join(repoRoot, 'sites', site)
  runStep(`astro build (${site})`, 'pnpm', ['exec', 'astro', 'build', '--outDir', outDir], {
    cwd,
    env: { ...snapshotBuildEnv(env.CONTENT_SNAPSHOT), ...env },
    mustPrint: /Complete!|pages? built/i,
  })
  if (!fs.existsSync(path.resolve(cwd, outDir, 'index.html'))) throw new Error(`astro build of ${site} produced no ${outDir}/index.html`)
}

/**
 * Puts a finished build in the place of the served one. The site server (packages/site-server)
 * sees the new folder on the next request, so visitors get the new pages at once; a failed
 * build never got here, so the old site stays up.
 */
export function replaceDir(next: string, target: string): void {
  const old = `${target}-old`
  fs.rmSync(old, { recursive: true, force: true })
  if (fs.existsSync(target)) fs.renameSync(target, old)
  fs.renameSync(next, target)
  fs.rmSync(old, { recursive: true, force: true })
}

/**
 * Exports the CMS's published content to the snapshot and rebuilds the given sites from it:
 * what the start command does once and the CMS does after each publish (scripts/rebuild-sites.ts).
 */
export function buildSitesFromCms(sites: readonly SiteName[], env: Record<string, string> & { CONTENT_SNAPSHOT: string }): void {
  console.log('→ exporting the published content to a snapshot')
  runStep('export', 'pnpm', ['exec', 'tsx', 'scripts/export-snapshot.ts', env.CONTENT_SNAPSHOT], { env, mustPrint: /Snapshot written/ })
  for (const site of sites) rebuildSite(site, env)
}

/**
 * Builds one site from the snapshot beside the served one and swaps it in, then keeps a copy of
 * the snapshot as `dist.snapshot.json`: what the incremental publish (scripts/publish) compares
 * the next snapshot with.
 */
export function rebuildSite(
  site: SiteName,
  env: Record<string, string> & { CONTENT_SNAPSHOT: string },
  dist = path.join(repoRoot, 'sites', site, 'dist'),
): void {
  console.log(`→ building the ${site} site`)
  const next = `${dist}-next`
  fs.rmSync(next, { recursive: true, force: true })
  buildSite(site, env, next)
  replaceDir(next, dist)
  // What incremental publishes made since the last full build (scripts/publish/generations.ts).
  fs.rmSync(`${dist}-gens`, { recursive: true, force: true })
  fs.copyFileSync(env.CONTENT_SNAPSHOT, `${dist}.snapshot.json`)
}
