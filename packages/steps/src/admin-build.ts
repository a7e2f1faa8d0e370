import fs from 'node:fs'
import path from 'node:path'
import { repoRoot, runStep } from './steps'

const cmsDir = path.join(repoRoot, 'cms')

/** Folders that hold what builds, installs and runs made, never sources. */
const NOT_SOURCES = new Set([
  'node_modules',
  'dist',
  'dist-next',
  'dist-old',
  'dist-renderer',
  'dist-renderer-next',
  '.astro',
  '.builds',
  'data',
])

/** The newest modification time of the sources below `dir`. */
export function newestMtime(dir: string): number {
  let newest = 0
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (NOT_SOURCES.has(entry.name)) continue
    const full = path.join(dir, entry.name)
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs)
  }
  return newest
}

/** Builds the admin (`next build`, ~80 s) only when a source is newer than the last build. */
export function ensureAdminBuild(): void {
  const buildId = path.join(cmsDir, '.next', 'BUILD_ID')
  const sources = [path.join(cmsDir, 'src'), path.join(repoRoot, 'content-models', 'src'), path.join(repoRoot, 'packages')]
  const built = fs.existsSync(buildId) ? fs.statSync(buildId).mtimeMs : 0
  const configs = ['package.json', 'next.config.mjs'].map((file) => fs.statSync(path.join(cmsDir, file)).mtimeMs)
  const changed = Math.max(...sources.filter(fs.existsSync).map(newestMtime), ...configs)
  if (built > changed) {
    console.log('→ admin build is up to date')
    return
  }
  console.log('→ building the CMS admin (next build, about 1–2 minutes)')
  runStep('next build', 'pnpm', ['--filter', '@vsp/cms', 'build'], { mustPrint: /Route|Compiled|Generating/ })
  if (!fs.existsSync(buildId)) throw new Error('next build finished without .next/BUILD_ID')
}
