/**
 * `npm test`: every test of the product, in one vitest run over four projects (unit, cms,
 * integration, e2e). Builds what the tests need first, and fails when vitest printed no
 * summary (a silent exit must not pass, see PITFALLS.md).
 */
import { spawnSync } from 'node:child_process'
import { repoRoot } from './lib/steps'

const projects = (process.env.TEST_PROJECTS ?? 'unit,cms,integration,e2e').split(',')
const args = ['exec', 'vitest', 'run', ...projects.flatMap((p) => ['--project', p]), ...process.argv.slice(2)]
console.log(`→ pnpm ${args.join(' ')}`)
const result = spawnSync('pnpm', args, { cwd: repoRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 256 * 1024 * 1024 })
process.stdout.write(result.stdout ?? '')
const summary = /Test Files .*\n.*Tests /.test(result.stdout ?? '')
if (!summary) {
  console.error('✗ vitest printed no summary: the run exited silently. Failing.')
  process.exit(1)
}
process.exit(result.status ?? 1)
