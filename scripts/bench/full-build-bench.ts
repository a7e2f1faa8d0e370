/**
 * Full build of the helpers site against a bare Astro site of the same pages, in one run:
 * `pnpm exec tsx scripts/bench/full-build-bench.ts [--size 10000] [--rounds 3] [--snapshot FILE] [--before DIR] [--keep]`.
 * Each round builds both (order rotating, so load on the shared machine falls on all alike),
 * each from a cold cache folder; prints wall time, CPU time (with /usr/bin/time), peak tree RSS, the time and peak of each
 * phase (build-phases.ts) and of the integration's steps, and the ratios helpers / bare.
 * The bare site (bare-astro-site.ts) gets the helpers build's page count and mean page size.
 * `--before DIR`: also build the helpers site of another checkout (with its own pnpm install),
 * for before/after figures in the same run (wall and CPU ratios per round).
 */
import { readFileSync, readdirSync, rmSync, statSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import path from 'node:path'
import { mkdtempSync } from 'node:fs'
import { validateSnapshot, type Snapshot } from '@vsp/content-models'
import { repoRoot, snapshotBuildEnv } from '@vsp/steps'
import { barePages, writeBareSite } from './bare-astro-site'
import { buildPhases, integrationSteps, type Phase } from './build-phases'
import { expectedHelpersPages, flag, table, writeSnapshot } from './cli'
import { measureAstroBuild, type AstroBuildMeasure } from './measure-build'

const arg = (name: string) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined)
const size = Number(arg('--size') ?? 10000)
const rounds = Number(arg('--rounds') ?? 3)
const work = mkdtempSync(path.join(tmpdir(), 'vsp-full-build-'))

let file = arg('--snapshot')
let snapshot: Snapshot
if (file) {
  const result = validateSnapshot(JSON.parse(readFileSync(file, 'utf8')))
  if (!result.ok) throw new Error(`${file}: invalid snapshot`)
  snapshot = result.snapshot
} else ({ file, snapshot } = writeSnapshot(work, size))
const expected = expectedHelpersPages(snapshot)

function meanPageBytes(outDir: string): number {
  const pages = readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('index.html'))
  return pages.reduce((sum, f) => sum + statSync(path.join(outDir, f)).size, 0) / (pages.length || 1)
}

const before = arg('--before')
type Kind = 'helpers' | 'bare' | 'before'
const kinds: Kind[] = before ? ['before', 'helpers', 'bare'] : ['helpers', 'bare']

interface Run {
  kind: Kind
  round: number
  load: string
  m: AstroBuildMeasure
  phases: Phase[]
  steps: [string, number][]
  meanBytes: number
}
const runs: Run[] = []
let bare: { siteDir: string; pagesFile: string } | undefined

async function build(kind: Kind, round: number): Promise<Run> {
  const outDir = path.join(work, `out-${kind}`)
  const cache = path.join(work, `cache-${kind}`)
  for (const dir of [outDir, cache]) rmSync(dir, { recursive: true, force: true })
  const load = loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')
  const m =
    kind !== 'bare'
      ? await measureAstroBuild(path.join(kind === 'before' ? path.resolve(before!) : repoRoot, 'sites/helpers'), outDir, {
          ...snapshotBuildEnv(file!, path.join(work, 'no-media')),
          ASTRO_CACHE_DIR: cache,
        })
      : await measureAstroBuild(bare!.siteDir, outDir, {
          ASTRO_TELEMETRY_DISABLED: '1',
          NODE_ENV: 'production',
          BARE_PAGES: bare!.pagesFile,
          ASTRO_CACHE_DIR: cache,
        })
  const run = {
    kind,
    round,
    load,
    m,
    phases: buildPhases(m.lines, m.rss, m.seconds),
    steps: integrationSteps(m.lines),
    meanBytes: meanPageBytes(outDir),
  }
  console.log(
    `round ${round} ${kind}: ${m.ok ? 'ok' : 'FAILED'}, ${m.pages} pages, ${m.seconds.toFixed(1)} s (CPU ${m.cpuSeconds?.toFixed(1) ?? '?'} s), peak tree RSS ${m.peakTreeRssMb.toFixed(0)} MB, ` +
      `mean page ${(run.meanBytes / 1024).toFixed(1)} KB, load before ${load}`,
  )
  console.log(`  ${run.phases.map((p) => `${p.name} ${p.seconds.toFixed(1)} s / ${p.peakMb.toFixed(0)} MB`).join('; ')}`)
  if (run.steps.length) console.log(`  after-build steps: ${run.steps.map(([n, s]) => `${n} ${s.toFixed(1)} s`).join(', ')}`)
  if (!m.ok) console.log(m.output.slice(-3000))
  if (!flag('--keep')) rmSync(outDir, { recursive: true, force: true })
  rmSync(cache, { recursive: true, force: true })
  return run
}

console.log(`snapshot: ${file}, ${expected} helpers pages expected; ${rounds} rounds`)
for (let round = 1; round <= rounds; round++) {
  const order = kinds.map((_, i) => kinds[(i + round - 1) % kinds.length])
  for (const kind of order) {
    if (kind === 'bare' && !bare) {
      const helpers = runs.find((r) => r.kind !== 'bare') ?? (await build('helpers', 0))
      bare = writeBareSite(work, barePages(snapshot, helpers.m.pages, helpers.meanBytes))
    }
    runs.push(await build(kind, round))
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]
const range = (xs: number[], digits = 1) => `${Math.min(...xs).toFixed(digits)}–${Math.max(...xs).toFixed(digits)}`
console.log(`\nfull build, ${new Date().toISOString()}, ${size} pages, ${rounds} rounds (median, range)`)
console.log(
  table(
    [
      'site',
      'ok',
      'pages',
      'mean page KB',
      'wall s',
      'wall s range',
      'CPU s',
      'peak RSS tree MB',
      'peak range',
      'max process MB',
      'load averages before',
    ],
    kinds.map((kind) => {
      const rs = runs.filter((r) => r.kind === kind && r.round > 0)
      return [
        kind,
        rs.every((r) => r.m.ok) ? 'yes' : 'no',
        rs[0].m.pages,
        (rs[0].meanBytes / 1024).toFixed(1),
        median(rs.map((r) => r.m.seconds)).toFixed(1),
        range(rs.map((r) => r.m.seconds)),
        median(rs.map((r) => r.m.cpuSeconds ?? Number.NaN)).toFixed(1),
        median(rs.map((r) => r.m.peakTreeRssMb)).toFixed(0),
        range(
          rs.map((r) => r.m.peakTreeRssMb),
          0,
        ),
        median(rs.map((r) => r.m.maxProcessRssMb ?? Number.NaN)).toFixed(0),
        rs.map((r) => r.load.split(' ')[0]).join(', '),
      ]
    }),
  ),
)
for (const kind of kinds.filter((k) => k !== 'bare')) {
  const ratios = Array.from({ length: rounds }, (_, i) => {
    const [h, b] = [kind, 'bare'].map((k) => runs.find((r) => r.kind === k && r.round === i + 1)!.m)
    return { time: h.seconds / b.seconds, memory: h.peakTreeRssMb / b.peakTreeRssMb }
  })
  console.log(
    `\n${kind} / bare, per round: time ${ratios.map((r) => r.time.toFixed(2)).join(', ')} (median ${median(ratios.map((r) => r.time)).toFixed(2)}); ` +
      `peak ${ratios.map((r) => r.memory.toFixed(2)).join(', ')} (median ${median(ratios.map((r) => r.memory)).toFixed(2)})`,
  )
}
// Wall time here swings by a third from one minute to the next (the disk, the host); builds
// of our own site compare better by CPU time too, which swings less.
if (before) {
  const measure = (kind: Kind, i: number) => runs.find((r) => r.kind === kind && r.round === i + 1)!.m
  const ratios = Array.from({ length: rounds }, (_, i) => [measure('helpers', i), measure('before', i)])
  const show = (pick: (m: AstroBuildMeasure) => number | undefined) => {
    const xs = ratios.map(([a, b]) => (pick(a) ?? Number.NaN) / (pick(b) ?? Number.NaN))
    return `${xs.map((x) => x.toFixed(2)).join(', ')} (median ${median(xs).toFixed(2)})`
  }
  console.log(`
helpers / before, per round: time ${show((m) => m.seconds)}; CPU ${show((m) => m.cpuSeconds)}`)
}
for (const kind of kinds.filter((k) => k !== 'bare')) printPhases(kind)

function printPhases(kind: Kind) {
  console.log(`\nphases of the ${kind} build (median s / median peak MB)`)
  const helperRuns = runs.filter((r) => r.kind === kind && r.round > 0)
  console.log(
    table(
      ['phase', 's', 's range', 'peak MB'],
      helperRuns[0].phases.map((p) => {
        const ps = helperRuns.map((r) => r.phases.find((x) => x.name === p.name)).filter((x): x is Phase => Boolean(x))
        return [
          p.name,
          median(ps.map((x) => x.seconds)).toFixed(1),
          range(ps.map((x) => x.seconds)),
          median(ps.map((x) => x.peakMb)).toFixed(0),
        ]
      }),
    ),
  )
  const steps = helperRuns[0].steps.map(([name]) => name)
  if (steps.length) {
    console.log(
      `after-build steps (median s): ${steps.map((n) => `${n} ${median(helperRuns.map((r) => r.steps.find((s) => s[0] === n)?.[1] ?? 0)).toFixed(1)}`).join(', ')}`,
    )
  }
}
if (flag('--keep')) console.log(`kept in ${work}`)
else rmSync(work, { recursive: true, force: true })
