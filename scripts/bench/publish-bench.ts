/**
 * Publish-to-live benchmark of the helpers site: `pnpm exec tsx scripts/bench/publish-bench.ts
 * [--sizes 1000,10000] [--publishes 20]`. For the seeded snapshot and each synthetic size: a full
 * build (the baseline: what every publish cost before), then the warm publish worker
 * (scripts/publish) with the site server on the built folder, and N publishes of an edited
 * checklist (in turn a checklist item's text, which only its own page shows, and its title, which
 * the lists show too). Publish to live: from handing the worker the new snapshot until the site
 * server answers the page with the change. The CMS's export and its 0.2–2 s quiet period are not
 * in it (printed apart for the seeded size by the cms test). Prints figures; asserts nothing.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { cpus, tmpdir } from 'node:os'
import path from 'node:path'
import type { Snapshot } from '@vsp/content-models'
import { startSiteServer } from '@vsp/site-server'
import { rebuildSite } from '../lib/sites'
import { startPublishWorker } from '../publish/worker'
import { flag, sizesArg, table, writeSnapshot } from './cli'

const sizes = sizesArg([1000, 10000])
const countArg = process.argv.indexOf('--publishes')
const publishes = countArg < 0 ? 20 : Number(process.argv[countArg + 1])
const work = mkdtempSync(path.join(tmpdir(), 'vsp-publish-bench-'))
const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
}
const rows: (string | number)[][] = []

for (const size of ['seed' as const, ...sizes]) {
  const dir = path.join(work, String(size))
  mkdirSync(path.join(dir, 'helpers'), { recursive: true })
  const { file, snapshot } = writeSnapshot(dir, size)
  const dist = path.join(dir, 'helpers', 'dist')
  const env = { ...(process.env as Record<string, string>), CONTENT_SNAPSHOT: file }
  let t = performance.now()
  rebuildSite('helpers', env, dist)
  const fullSeconds = (performance.now() - t) / 1000
  console.log(`${size}: full build ${fullSeconds.toFixed(1)} s; starting the worker…`)
  t = performance.now()
  const worker = await startPublishWorker({ sites: ['helpers'], snapshotFile: file, env, distRoot: dir })
  const warmSeconds = (performance.now() - t) / 1000
  const server = await startSiteServer({ root: dist, port: 0, host: '127.0.0.1' })

  const current: Snapshot = structuredClone(snapshot)
  const live: number[] = []
  const pages: number[] = []
  const modes = new Map<string, number>()
  for (let i = 0; i < publishes; i++) {
    const checklist = current.checklists[(i * 7) % current.checklists.length]
    const marker = `Gewijzigd ${size}-${i}`
    if (i % 2 === 0) checklist.items[0].text = `${marker}: ${checklist.items[0].text.replace(/^Gewijzigd \S+: /, '')}`
    else checklist.title = `${marker} ${checklist.title.replace(/^Gewijzigd \S+ /, '')}`
    const started = performance.now()
    const url = `${server.url}/checklists/${checklist.slug}/`
    // Visitors ask meanwhile: live is when the served page first shows the change.
    const seen = (async () => {
      for (;;) {
        // A kept-alive connection can be reset while this process is busy (the worker runs here
        // too); a browser asks again, and so does this.
        const html = await fetch(url)
          .then((response) => response.text())
          .catch(() => '')
        if (html.includes(marker)) return performance.now() - started
        if (performance.now() - started > 300_000) throw new Error(`${url} never showed ${marker}`)
        await new Promise((resolve) => setTimeout(resolve, 20))
      }
    })()
    const [[outcome], liveMs] = await Promise.all([worker.publish(['helpers'], structuredClone(current)), seen])
    live.push(liveMs)
    pages.push(outcome.pages ?? 0)
    const mode = outcome.mode === 'incremental' ? 'incremental' : `full (${outcome.reason})`
    modes.set(mode, (modes.get(mode) ?? 0) + 1)
  }
  await server.close()
  await worker.close()
  console.log(`  ${[...modes].map(([m, n]) => `${n}× ${m}`).join(', ')}`)
  rows.push([
    size === 'seed' ? 'seeded' : size,
    fullSeconds.toFixed(1),
    warmSeconds.toFixed(1),
    publishes,
    `${Math.min(...pages)}-${Math.max(...pages)}`,
    (percentile(live, 50) / 1000).toFixed(2),
    (percentile(live, 95) / 1000).toFixed(2),
    (Math.max(...live) / 1000).toFixed(2),
  ])
  console.log(`  row: ${rows.at(-1)?.join(' | ')}`)
  if (!flag('--keep')) rmSync(dir, { recursive: true, force: true })
}

console.log(`\nhelpers site, publish to live, ${new Date().toISOString().slice(0, 16)}Z, ${cpus().length} cores`)
console.log(
  table(
    ['snapshot', 'full build s', 'worker warm-up s', 'publishes', 'pages rendered', 'p50 s', 'p95 s', 'max s'],
    rows.map((r) => r.map(String)),
  ),
)
process.exit(0)
