/**
 * `npm test`: every test of the product: unit, cms (over real HTTP against a seeded CMS),
 * integration (site builds) and e2e (Chromium). One vitest run per project, one after the
 * other, except `cms-postgres` beside `e2e` (schedule in ./lib/test-passes.ts). Fails when a run
 * printed no summary (a silent exit must not pass: README.md, "Known pitfalls").
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { ensureChromium } from './lib/chromium'
import { repoRoot } from '@vsp/steps'
import { DEFAULT_PASSES, schedule, testPass } from './lib/test-passes'

// `cms-postgres` is the cms project again, on PostgreSQL (scripts/lib/test-passes.ts).
const projects = (process.env.TEST_PROJECTS ?? DEFAULT_PASSES).split(',')
const started = Date.now()
// The sites' browser tests and the admin's (cms project) use Debian's Chromium.
if (projects.some((p) => p === 'e2e' || p.startsWith('cms'))) process.env.CHROMIUM_PATH = ensureChromium()
// Site builds of the same inputs are made once for all projects of this run (packages/test-support/src/build-cache.ts).
const buildCache = fs.mkdtempSync(path.join(os.tmpdir(), 'site-builds-'))
process.env.SITE_BUILD_CACHE = buildCache
interface Result {
  project: string
  status: number
  seconds: number
  summary: string
  mark?: string
  /** CPU seconds (user + sys) of the pass, or of its stage when passes ran side by side. */
  cpu?: string
}
const results: Result[] = []

/** CPU seconds of the children this process has waited for (Linux: /proc/self/stat cutime + cstime). */
function childCpuSeconds(): number | undefined {
  try {
    const fields = fs.readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ')
    return (Number(fields[13]) + Number(fields[14])) / 100
  } catch {
    return undefined
  }
}

/** One vitest run; its output is printed when it ends, so that passes side by side do not interleave. */
async function runPass(project: string): Promise<Result> {
  const pass = testPass(project)
  if ('notRun' in pass) {
    console.error(`\n!!! ${project}: ${pass.notRun}`)
    return { project, status: pass.fails ? 1 : 0, seconds: 0, summary: pass.notRun, mark: pass.fails ? '✗' : '!' }
  }
  const args = ['exec', 'vitest', 'run', '--project', pass.project, ...process.argv.slice(2)]
  const command = `pnpm ${args.join(' ')}${pass.project !== project ? ` (${project})` : ''}`
  console.log(`\n→ ${command}`)
  const t0 = Date.now()
  const child = spawn('pnpm', args, { cwd: repoRoot, env: pass.env as NodeJS.ProcessEnv, stdio: ['ignore', 'pipe', 'inherit'] })
  let output = ''
  child.stdout.on('data', (chunk: Buffer) => (output += chunk))
  const code = await new Promise<number | null>((resolve) => {
    child.on('error', (error) => {
      output += `\n${error}`
      resolve(1)
    })
    child.on('close', (exitCode) => resolve(exitCode))
  })
  process.stdout.write(`\n=== ${command}: output\n${output}`)
  // biome-ignore lint/suspicious/noControlCharactersInRegex: strips the ANSI colours from vitest output
  const summary = output.match(/Tests +[^\n]*/)?.[0]?.replace(/\x1b\[[0-9;]*m/g, '') ?? ''
  let status = code ?? 1
  if (!summary) {
    console.error(`✗ vitest (${project}) printed no summary: the run exited silently. Failing.`)
    status = 1
  }
  return { project, status, seconds: (Date.now() - t0) / 1000, summary }
}

for (const lanes of schedule(projects)) {
  const cpu0 = childCpuSeconds()
  const stage = await Promise.all(
    lanes.map(async (lane) => {
      const done: Result[] = []
      for (const project of lane) done.push(await runPass(project))
      return done
    }),
  )
  const cpu1 = childCpuSeconds()
  const cpu = cpu0 === undefined || cpu1 === undefined ? undefined : `cpu ${(cpu1 - cpu0).toFixed(0)}s`
  for (const result of stage.flat()) {
    const beside = stage
      .flat()
      .filter((other) => other !== result)
      .map((other) => other.project)
    results.push({ ...result, cpu: cpu && beside.length ? `${cpu} together with ${beside.join(', ')}` : cpu })
  }
}

fs.rmSync(buildCache, { recursive: true, force: true })

console.log('\nSummary')
results.sort((a, b) => projects.indexOf(a.project) - projects.indexOf(b.project))
for (const r of results)
  console.log(
    `  ${r.mark ?? (r.status === 0 ? '✓' : '✗')} ${r.project.padEnd(12)} ${r.summary.padEnd(40)} ${r.seconds.toFixed(0)}s${r.cpu ? ` (${r.cpu})` : ''}`,
  )
const cpu = childCpuSeconds()
console.log(`  total ${((Date.now() - started) / 1000).toFixed(0)}s${cpu === undefined ? '' : ` (cpu ${cpu.toFixed(0)}s)`}`)
process.exit(results.every((r) => r.status === 0) ? 0 : 1)
