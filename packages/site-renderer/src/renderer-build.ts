import fs from 'node:fs'
import path from 'node:path'
import type { SiteName } from '@vsp/content-models'
import { newestMtime, repoRoot, runStep, snapshotBuildEnv } from '@vsp/steps'

/** Where a site's renderer build lives: `sites/<site>/dist-renderer` (git-ignored). */
export function rendererDir(site: SiteName): string {
  return path.join(repoRoot, 'sites', site, 'dist-renderer')
}

/** The module the renderer build's server entry is (packages/site-integration/src/renderer/server-entry.ts). */
export function rendererEntry(dir: string): string {
  return path.join(dir, 'server', 'entry.mjs')
}

/** What a renderer build is made from: code, never content (the snapshot comes with each render). */
function sourcesChangedAt(site: SiteName): number {
  const sources = [path.join(repoRoot, 'sites', site), path.join(repoRoot, 'packages'), path.join(repoRoot, 'content-models', 'src')]
  return Math.max(...sources.filter(fs.existsSync).map(newestMtime))
}

/**
 * Builds the site's renderer (SITE_RENDERER=1: the same pages, every one on demand) unless it is
 * newer than every source. The snapshot only feeds the build's content loader; what a render
 * shows is the snapshot given to it. Built beside the target and renamed, so a failed build
 * leaves the last good one.
 */
export function ensureRendererBuild(site: SiteName, snapshot: string): { built: boolean; seconds: number } {
  const target = rendererDir(site)
  const entry = rendererEntry(target)
  if (fs.existsSync(entry) && fs.statSync(entry).mtimeMs > sourcesChangedAt(site)) return { built: false, seconds: 0 }
  const started = Date.now()
  const cwd = path.join(repoRoot, 'sites', site)
  const next = `${target}-next`
  fs.rmSync(next, { recursive: true, force: true })
  runStep(`astro build renderer (${site})`, 'pnpm', ['exec', 'astro', 'build', '--outDir', next], {
    cwd,
    env: {
      ...snapshotBuildEnv(snapshot),
      SITE_RENDERER: '1',
      // Its own cache: a static build of the same site may run at the same time.
      ASTRO_CACHE_DIR: path.join(cwd, 'node_modules', '.astro-renderer'),
    },
    mustPrint: /Complete!/,
  })
  if (!fs.existsSync(rendererEntry(next))) throw new Error(`the renderer build of ${site} produced no server/entry.mjs`)
  fs.rmSync(target, { recursive: true, force: true })
  fs.renameSync(next, target)
  return { built: true, seconds: (Date.now() - started) / 1000 }
}
