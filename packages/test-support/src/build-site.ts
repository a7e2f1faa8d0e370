import { spawn } from 'node:child_process'
import { cpSync, existsSync, rmSync } from 'node:fs'
import { readdir } from 'node:fs/promises'
import path from 'node:path'
import type { SiteName } from '@vsp/content-models'
import { snapshotBuildEnv } from '@vsp/steps'
import { buildKey, cachedBuild, keepBuild } from './build-cache'
import { FIXTURE_MEDIA, FIXTURE_SNAPSHOT, SITES_DIR } from './fixtures'

export interface BuildResult {
  code: number | null
  output: string
  outDir: string
}

/** The environment of a build: the fixture snapshot unless `env` names another source. */
const buildEnv = (env: Record<string, string>) => ({ ...process.env, ...snapshotBuildEnv(FIXTURE_SNAPSHOT, FIXTURE_MEDIA), ...env })

/**
 * Runs `astro build` of one site into outDir; resolves with the exit code and all output.
 * Astro puts its server chunks in `<site>/.astro/` when outDir lies outside the site, and its
 * content store in one cache folder, so two builds at once would overwrite each other's.
 * Each build therefore gets its own folders inside the site and is copied to outDir after.
 */
export function buildSite(site: SiteName, outDir: string, env: Record<string, string> = {}): Promise<BuildResult> {
  const cwd = path.join(SITES_DIR, site)
  const work = path.join(cwd, '.builds', `${process.pid}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`)
  const innerOut = path.join(work, 'dist')
  return new Promise((resolve, reject) => {
    const child = spawn(path.join(cwd, 'node_modules/.bin/astro'), ['build', '--outDir', innerOut], {
      cwd,
      env: { ...buildEnv(env), ASTRO_CACHE_DIR: path.join(work, 'cache'), ...env },
    })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    child.on('error', reject)
    child.on('close', (code) => {
      if (existsSync(innerOut)) cpSync(innerOut, outDir, { recursive: true })
      rmSync(work, { recursive: true, force: true })
      resolve({ code, output, outDir })
    })
  })
}

/**
 * Builds and insists that it really produced a site (silent exits with code 0 happen). A build
 * of the same inputs made earlier in the same test run is copied instead (./build-cache.ts);
 * `buildSite`, which tests of failing builds use, always builds.
 */
export async function buildSiteOrThrow(site: SiteName, outDir: string, env: Record<string, string> = {}): Promise<BuildResult> {
  const key = buildKey(site, buildEnv(env))
  const cached = cachedBuild(key)
  if (cached) {
    cpSync(cached, outDir, { recursive: true })
    console.log(`[build cache] ${site}: copied this run's build of the same inputs`)
    return { code: 0, output: `copied from this run's build of the same inputs (${cached})`, outDir }
  }
  const started = Date.now()
  const result = await buildSite(site, outDir, env)
  if (result.code !== 0 || !existsSync(path.join(outDir, 'index.html'))) {
    throw new Error(`astro build of ${site} failed (exit ${result.code}):\n${result.output.slice(-4000)}`)
  }
  keepBuild(key, outDir)
  if (key && process.env.SITE_BUILD_CACHE)
    console.log(`[build cache] ${site}: built in ${((Date.now() - started) / 1000).toFixed(1)} s, kept for this run`)
  return result
}

/** Site paths of every built HTML page ("/", "/checklists/fraude/", "/404.html"). */
export async function builtPages(outDir: string): Promise<string[]> {
  const entries = await readdir(outDir, { withFileTypes: true, recursive: true })
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => `/${path.relative(outDir, path.join(e.parentPath, e.name)).split(path.sep).join('/')}`)
    .map((p) => (p.endsWith('/index.html') ? p.slice(0, -'index.html'.length) : p))
    .sort()
}
