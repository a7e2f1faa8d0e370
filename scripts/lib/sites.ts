import fs from 'node:fs'
import path from 'node:path'
import { repoRoot, runStep } from './steps'

export const SITE_NAMES = ['helpers', 'professionals'] as const
export type SiteName = (typeof SITE_NAMES)[number]

/** Builds one site from the snapshot and proves it produced pages (silent exits happen). */
export function buildSite(site: SiteName, env: Record<string, string>): void {
  const cwd = path.join(repoRoot, 'sites', site)
  runStep(`astro build (${site})`, 'pnpm', ['exec', 'astro', 'build'], {
    cwd,
    env: { ASTRO_TELEMETRY_DISABLED: '1', NODE_ENV: 'production', CONTENT_SOURCE: 'snapshot', ...env },
    mustPrint: /Complete!|pages? built/i,
  })
  if (!fs.existsSync(path.join(cwd, 'dist', 'index.html'))) throw new Error(`astro build of ${site} produced no dist/index.html`)
}
