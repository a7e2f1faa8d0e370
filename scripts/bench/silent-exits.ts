/**
 * Counts silent exits of the steps that load Payload with richtext-lexical outside a bundler:
 * `pnpm exec tsx scripts/bench/silent-exits.ts [--runs 30] [--cli-runs 10] [--astro-runs 5] [--condition]`.
 * On Node 20 these sometimes exited 0 having done nothing, unless NODE_OPTIONS held
 * `--conditions=production`. This seeds a temporary SQLite folder once, then runs the snapshot
 * export (tsx, Payload Local API) `--runs` times, the Payload CLI's `generate:importmap`
 * `--cli-runs` times and a site build straight from the CMS
 * (`astro build`, CONTENT_SOURCE=cms) `--astro-runs` times, without the condition (with
 * `--condition`: with it), and prints per step how many runs did their work, exited silently
 * (exit 0 without the line the step must print) or failed.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { repoRoot } from '@vsp/steps'
import { table } from './cli'

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(name)
  return i < 0 ? fallback : Number(process.argv[i + 1])
}

const withCondition = process.argv.includes('--condition')
const work = mkdtempSync(path.join(tmpdir(), 'vsp-silent-exits-'))
const dataDir = path.join(work, 'cms-data')
const { NODE_OPTIONS: _dropped, ...inherited } = process.env
const env = {
  ...inherited,
  ...(withCondition ? { NODE_OPTIONS: '--conditions=production' } : {}),
  CMS_DATA_DIR: dataDir,
  MEDIA_DIR: path.join(dataDir, 'media'),
  PAYLOAD_DISABLE_JOBS: '1',
  ASTRO_TELEMETRY_DISABLED: '1',
}
const tsx = path.join(repoRoot, 'node_modules/.bin/tsx')

interface Step {
  name: string
  runs: number
  run: (i: number) => { status: number | null; output: string; produced: boolean }
  mustPrint: RegExp
}

function spawnStep(command: string, args: string[], cwd: string, extra: Record<string, string> = {}) {
  const result = spawnSync(command, args, { cwd, env: { ...env, ...extra }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  return { status: result.status, output: `${result.stdout ?? ''}${result.stderr ?? ''}` }
}

const steps: Step[] = [
  {
    name: 'seed (tsx, Payload Local API)',
    runs: 1,
    mustPrint: /Seed finished/,
    run: () => ({ ...spawnStep(tsx, ['scripts/seed/index.ts'], repoRoot), produced: existsSync(dataDir) }),
  },
  {
    name: 'export snapshot (tsx, Payload Local API)',
    runs: arg('--runs', 30),
    mustPrint: /Snapshot written/,
    run: (i) => {
      const out = path.join(work, `snapshot-${i}.json`)
      return { ...spawnStep(tsx, ['scripts/export-snapshot.ts', out], repoRoot), produced: existsSync(out) }
    },
  },
  {
    // Rewrites cms/src/app/(payload)/admin/importMap.js with what is already there.
    name: 'payload generate:importmap (Payload CLI)',
    runs: arg('--cli-runs', 10),
    mustPrint: /import ?map/i,
    run: () => ({
      ...spawnStep(path.join(repoRoot, 'cms/node_modules/.bin/payload'), ['generate:importmap'], path.join(repoRoot, 'cms')),
      produced: true,
    }),
  },
  {
    name: 'astro build from the CMS (content loader, Local API)',
    runs: arg('--astro-runs', 5),
    mustPrint: /Complete!/,
    run: (i) => {
      const outDir = path.join(work, `site-${i}`)
      const result = spawnStep(
        path.join(repoRoot, 'sites/helpers/node_modules/.bin/astro'),
        ['build', '--outDir', outDir],
        path.join(repoRoot, 'sites/helpers'),
        {
          CONTENT_SOURCE: 'cms',
          NODE_ENV: 'production',
          ASTRO_CACHE_DIR: path.join(work, 'astro-cache'),
        },
      )
      return { ...result, produced: existsSync(path.join(outDir, 'index.html')) }
    },
  },
]

console.log(`node ${process.version}, NODE_OPTIONS ${withCondition ? '--conditions=production' : '(none)'}`)
const rows: (string | number)[][] = []
try {
  for (const step of steps) {
    const counts = { ok: 0, silent: 0, failed: 0 }
    for (let i = 0; i < step.runs; i++) {
      const { status, output, produced } = step.run(i)
      const kind = status !== 0 ? 'failed' : step.mustPrint.test(output) && produced ? 'ok' : 'silent'
      counts[kind]++
      if (kind !== 'ok') console.log(`${step.name} run ${i + 1}: ${kind} (exit ${status})\n${output.slice(-1500)}`)
      if (kind === 'failed' && step.runs === 1) throw new Error(`${step.name} failed; the other steps need it`)
    }
    console.log(`${step.name}: ${counts.ok} ok, ${counts.silent} silent, ${counts.failed} failed of ${step.runs}`)
    rows.push([step.name, step.runs, counts.ok, counts.silent, counts.failed])
  }
  console.log(`\n${table(['step', 'runs', 'did its work', 'silent exit 0', 'failed'], rows)}`)
} finally {
  rmSync(work, { recursive: true, force: true })
}
