/**
 * `npm test`: every test of the product: unit, cms (over real HTTP against a seeded CMS),
 * integration (site builds) and e2e (Chromium). One vitest run per project, one after the
 * other, because site builds share their project folders. Fails when a run printed no summary
 * (a silent exit must not pass: README.md, "Known pitfalls").
 */
import { spawnSync } from 'node:child_process'
import { ensureChromium } from './lib/chromium'
import { repoRoot } from '@vsp/steps'

const projects = (process.env.TEST_PROJECTS ?? 'unit,cms,integration,e2e').split(',')
const started = Date.now()
// The sites' browser tests and the admin's (cms project) use Debian's Chromium.
if (projects.some((p) => p === 'e2e' || p === 'cms')) process.env.CHROMIUM_PATH = ensureChromium()
const results: { project: string; status: number; seconds: number; summary: string }[] = []

for (const project of projects) {
  const args = ['exec', 'vitest', 'run', '--project', project, ...process.argv.slice(2)]
  console.log(`\n→ pnpm ${args.join(' ')}`)
  const t0 = Date.now()
  const result = spawnSync('pnpm', args, {
    cwd: repoRoot,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 512 * 1024 * 1024,
  })
  const output = result.stdout ?? ''
  process.stdout.write(output)
  const summary = output.match(/Tests +[^\n]*/)?.[0]?.replace(/\x1b\[[0-9;]*m/g, '') ?? ''
  let status = result.status ?? 1
  if (!summary) {
    console.error(`✗ vitest (${project}) printed no summary: the run exited silently. Failing.`)
    status = 1
  }
  results.push({ project, status, seconds: (Date.now() - t0) / 1000, summary })
}

console.log('\nSummary')
for (const r of results) console.log(`  ${r.status === 0 ? '✓' : '✗'} ${r.project.padEnd(12)} ${r.summary.padEnd(40)} ${r.seconds.toFixed(0)}s`)
console.log(`  total ${((Date.now() - started) / 1000).toFixed(0)}s`)
process.exit(results.every((r) => r.status === 0) ? 0 : 1)
