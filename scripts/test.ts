/**
 * `npm test`: every test of the product: unit, cms (over real HTTP against a seeded CMS),
 * integration (site builds) and e2e (Chromium). One vitest run per project, one after the
 * other, because site builds share their project folders. Fails when a run printed no summary
 * (a silent exit must not pass: README.md, "Known pitfalls").
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { ensureChromium } from './lib/chromium'
import { repoRoot } from '@vsp/steps'
import { DEFAULT_PASSES, testPass } from './lib/test-passes'

// `cms-postgres` is the cms project again, on PostgreSQL (scripts/lib/test-passes.ts).
const projects = (process.env.TEST_PROJECTS ?? DEFAULT_PASSES).split(',')
const started = Date.now()
// The sites' browser tests and the admin's (cms project) use Debian's Chromium.
if (projects.some((p) => p === 'e2e' || p.startsWith('cms'))) process.env.CHROMIUM_PATH = ensureChromium()
// Site builds of the same inputs are made once for all projects of this run (packages/test-support/src/build-cache.ts).
const buildCache = fs.mkdtempSync(path.join(os.tmpdir(), 'site-builds-'))
process.env.SITE_BUILD_CACHE = buildCache
const results: { project: string; status: number; seconds: number; summary: string; mark?: string }[] = []

for (const project of projects) {
  const pass = testPass(project)
  if ('notRun' in pass) {
    console.error(`\n!!! ${project}: ${pass.notRun}`)
    results.push({ project, status: pass.fails ? 1 : 0, seconds: 0, summary: pass.notRun, mark: pass.fails ? '✗' : '!' })
    continue
  }
  const args = ['exec', 'vitest', 'run', '--project', pass.project, ...process.argv.slice(2)]
  console.log(`\n→ pnpm ${args.join(' ')}${pass.project !== project ? ` (${project})` : ''}`)
  const t0 = Date.now()
  const result = spawnSync('pnpm', args, {
    cwd: repoRoot,
    env: pass.env as NodeJS.ProcessEnv,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 512 * 1024 * 1024,
  })
  const output = result.stdout ?? ''
  process.stdout.write(output)
  // biome-ignore lint/suspicious/noControlCharactersInRegex: strips the ANSI colours from vitest output
  const summary = output.match(/Tests +[^\n]*/)?.[0]?.replace(/\x1b\[[0-9;]*m/g, '') ?? ''
  let status = result.status ?? 1
  if (!summary) {
    console.error(`✗ vitest (${project}) printed no summary: the run exited silently. Failing.`)
    status = 1
  }
  results.push({ project, status, seconds: (Date.now() - t0) / 1000, summary })
}

fs.rmSync(buildCache, { recursive: true, force: true })

console.log('\nSummary')
for (const r of results)
  console.log(`  ${r.mark ?? (r.status === 0 ? '✓' : '✗')} ${r.project.padEnd(12)} ${r.summary.padEnd(40)} ${r.seconds.toFixed(0)}s`)
console.log(`  total ${((Date.now() - started) / 1000).toFixed(0)}s`)
process.exit(results.every((r) => r.status === 0) ? 0 : 1)
