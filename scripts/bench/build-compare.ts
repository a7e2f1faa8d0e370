/**
 * Before/after build benchmark in one run:
 * `pnpm exec tsx scripts/bench/build-compare.ts --before DIR [--sizes 1000] [--rounds 2]`.
 * DIR is another checkout of this repository with its dependencies installed (for example
 * `git worktree add DIR <commit>` and `pnpm install` there). For each snapshot (the seeded one
 * and one synthetic per size) both checkouts build the helpers site from the same file, taking
 * turns (before, after, then after, before, ...) so that load on the shared machine falls on
 * both alike. Prints the median of the rounds per checkout and the after/before ratios.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { repoRoot } from '@vsp/steps'
import { expectedHelpersPages, sizesArg, table, writeSnapshot } from './cli'
import { buildChecked, type BuildMeasure } from './measure-build'

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name)
  return i < 0 ? undefined : process.argv[i + 1]
}

const before = arg('--before')
if (!before || !existsSync(path.join(before, 'sites/helpers/node_modules/.bin/astro'))) {
  console.error('--before DIR: a checkout of this repository with pnpm install done (sites/helpers/node_modules/.bin/astro)')
  process.exit(2)
}
const trees = { before: path.resolve(before), after: repoRoot }
type Tree = keyof typeof trees
const rounds = Number(arg('--rounds') ?? 2)
const sizes = sizesArg([1000])
const work = mkdtempSync(path.join(tmpdir(), 'vsp-build-compare-'))

const astroVersion = (root: string) =>
  JSON.parse(readFileSync(path.join(root, 'sites/helpers/node_modules/astro/package.json'), 'utf8')).version as string
for (const tree of Object.keys(trees) as Tree[]) console.log(`${tree}: ${trees[tree]} (astro ${astroVersion(trees[tree])})`)

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]
const results: { label: string; tree: Tree; runs: (BuildMeasure & { load: string })[] }[] = []

for (const size of ['seed' as const, ...sizes]) {
  const { file, snapshot } = writeSnapshot(work, size)
  const expected = expectedHelpersPages(snapshot)
  const label = size === 'seed' ? 'seeded' : String(size)
  const rows = {
    before: { label, tree: 'before' as Tree, runs: [] as (BuildMeasure & { load: string })[] },
    after: { label, tree: 'after' as Tree, runs: [] as (BuildMeasure & { load: string })[] },
  }
  for (let round = 0; round < rounds; round++) {
    const order: Tree[] = round % 2 === 0 ? ['before', 'after'] : ['after', 'before']
    for (const tree of order) {
      const m = await buildChecked(
        'helpers',
        file,
        path.join(work, `site-${size}-${tree}`),
        expected,
        (message) => console.log(`  ${message}`),
        trees[tree],
      )
      console.log(
        `${label} ${tree} round ${round + 1}: ${m.ok ? 'ok' : 'FAILED'}, ${m.pages}/${expected} pages, ${m.seconds.toFixed(1)} \
s, peak tree RSS ${m.peakTreeRssMb.toFixed(0)} MB, load average before ${m.load}`,
      )
      if (!m.ok) console.log(m.output.slice(-3000))
      rows[tree].runs.push(m)
    }
  }
  results.push(rows.before, rows.after)
}

const summary = (runs: BuildMeasure[]) => ({
  ok: runs.every((m) => m.ok),
  pages: runs[0].pages,
  seconds: median(runs.map((m) => m.seconds)),
  range: `${Math.min(...runs.map((m) => m.seconds)).toFixed(1)}–${Math.max(...runs.map((m) => m.seconds)).toFixed(1)}`,
  rss: median(runs.map((m) => m.peakTreeRssMb)),
  maxProcess: median(runs.map((m) => m.maxProcessRssMb ?? Number.NaN)),
})

console.log(`\nhelpers site build, before vs after, ${new Date().toISOString().slice(0, 10)}, median of ${rounds} rounds`)
console.log(
  table(
    [
      'snapshot',
      'checkout',
      'ok',
      'pages',
      'wall s (median)',
      'wall s (range)',
      'pages/s',
      'peak RSS tree MB',
      'max process RSS MB',
      'load averages',
    ],
    results.map(({ label, tree, runs }) => {
      const s = summary(runs)
      return [
        label,
        `${tree} (astro ${astroVersion(trees[tree])})`,
        s.ok ? 'yes' : 'no',
        s.pages,
        s.seconds.toFixed(1),
        s.range,
        (s.pages / s.seconds).toFixed(1),
        s.rss.toFixed(0),
        s.maxProcess.toFixed(0),
        runs.map((m) => m.load).join(' '),
      ]
    }),
  ),
)
console.log('\nafter / before')
const labels = [...new Set(results.map((r) => r.label))]
console.log(
  table(
    ['snapshot', 'wall time ×', 'pages/s ×', 'peak RSS tree ×', 'max process RSS ×'],
    labels.map((label) => {
      const [b, a] = (['before', 'after'] as Tree[]).map((tree) => summary(results.find((r) => r.label === label && r.tree === tree)!.runs))
      return [
        label,
        (a.seconds / b.seconds).toFixed(2),
        (a.pages / a.seconds / (b.pages / b.seconds)).toFixed(2),
        (a.rss / b.rss).toFixed(2),
        (a.maxProcess / b.maxProcess).toFixed(2),
      ]
    }),
  ),
)
rmSync(work, { recursive: true, force: true })
