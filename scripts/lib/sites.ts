import fs from 'node:fs'
import path from 'node:path'
import { repoRoot, runStep } from './steps'

export const SITE_NAMES = ['helpers', 'professionals'] as const
export type SiteName = (typeof SITE_NAMES)[number]

/**
 * The environment of a static `astro build` from a snapshot file, the same for the start
 * command, the site tests and the build benchmark. Payload/lexical exit silently without the
 * production condition (PITFALLS.md); telemetry would call out; vitest's NODE_ENV=test would
 * make Vite bundle React's development build.
 */
export function snapshotBuildEnv(snapshot: string, mediaDir?: string): Record<string, string> {
  return {
    NODE_OPTIONS: '--conditions=production',
    ASTRO_TELEMETRY_DISABLED: '1',
    NODE_ENV: 'production',
    CONTENT_SOURCE: 'snapshot',
    CONTENT_SNAPSHOT: snapshot,
    ...(mediaDir ? { MEDIA_DIR: mediaDir } : {}),
  }
}

/** Builds one site from the snapshot and proves it produced pages (silent exits happen). */
export function buildSite(site: SiteName, env: Record<string, string> & { CONTENT_SNAPSHOT: string }): void {
  const cwd = path.join(repoRoot, 'sites', site)
  runStep(`astro build (${site})`, 'pnpm', ['exec', 'astro', 'build'], {
    cwd,
    env: { ...snapshotBuildEnv(env.CONTENT_SNAPSHOT), ...env },
    mustPrint: /Complete!|pages? built/i,
  })
  if (!fs.existsSync(path.join(cwd, 'dist', 'index.html'))) throw new Error(`astro build of ${site} produced no dist/index.html`)
}
