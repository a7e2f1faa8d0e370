/**
 * Build benchmark of the helpers site: `pnpm exec tsx scripts/bench/build-bench.ts [--sizes 1000,10000]`.
 * Builds the seeded site (the baseline) and one synthetic site per size, each from its own
 * snapshot into a temporary folder, and prints wall time, pages, pages/s and peak memory, with
 * ratios to the seeded build. Add --keep to keep the built sites.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { expectedHelpersPages, flag, sizesArg, table, writeSnapshot } from './cli'
import { buildChecked, type BuildMeasure } from './measure-build'

const sizes = sizesArg([1000, 10000])
const work = mkdtempSync(path.join(tmpdir(), 'vsp-build-bench-'))
const rows: { label: string; m: BuildMeasure & { load: string } }[] = []

for (const size of ['seed' as const, ...sizes]) {
  const t0 = performance.now()
  const { file, snapshot } = writeSnapshot(work, size)
  const expected = expectedHelpersPages(snapshot)
  console.log(`snapshot ${size}: ${expected} pages expected, written in ${((performance.now() - t0) / 1000).toFixed(1)} s; building…`)
  const m = await buildChecked('helpers', file, path.join(work, `site-${size}`), expected, (message) => console.log(`  ${message}`))
  console.log(
    `  ${m.ok ? 'ok' : 'FAILED'}: ${m.pages} pages in ${m.seconds.toFixed(1)} s, peak tree RSS ${m.peakTreeRssMb.toFixed(0)} MB, load average before ${m.load}`,
  )
  if (!m.ok) console.log(m.output.slice(-3000))
  rows.push({ label: size === 'seed' ? 'seeded' : String(size), m })
}

const base = rows[0].m
const perSecond = (m: BuildMeasure) => m.pages / m.seconds
console.log(`\nhelpers site build, ${new Date().toISOString().slice(0, 10)}, ${(await import('node:os')).cpus().length} cores`)
console.log(
  table(
    ['snapshot', 'ok', 'pages', 'wall s', 'pages/s', 'peak RSS tree MB', 'max process RSS MB', 'pages ×', 'time ×', 'memory ×'],
    rows.map(({ label, m }) => [
      label,
      m.ok ? 'yes' : 'no',
      m.pages,
      m.seconds.toFixed(1),
      perSecond(m).toFixed(1),
      m.peakTreeRssMb.toFixed(0),
      m.maxProcessRssMb?.toFixed(0) ?? '-',
      (m.pages / base.pages).toFixed(1),
      (m.seconds / base.seconds).toFixed(1),
      (m.peakTreeRssMb / base.peakTreeRssMb).toFixed(1),
    ]),
  ),
)
if (flag('--keep')) console.log(`sites kept in ${work}`)
else rmSync(work, { recursive: true, force: true })
