/**
 * Publish-to-live benchmark of the helpers site: `pnpm exec tsx scripts/bench/publish-bench.ts
 * [--sizes 1000,10000] [--publishes 20]`. For the seeded snapshot and each synthetic size: a full
 * build (the baseline: what every publish cost before), then the warm publish worker
 * (scripts/publish) with the site server on the built folder, and N publishes of an edited
 * checklist (in turn a checklist item's text, which only its own page shows, and its title, which
 * the lists show too). Publish to live: from handing the worker the new snapshot until the site
 * server answers the page with the change, the site server and the visitor polling it in a process
 * of their own (visitor.ts), as in production; also as seen from the bench's process (as before
 * 2026-12-07: that answer waits for the worker's work after the swap). All pages: until the publish answered, that is until
 * every page it touches is live (a publish in two generations, scripts/publish/publish-site.ts
 * writePlan: the second one too). The CMS's export and its 0.2–2 s quiet period are not
 * in it (printed apart for the seeded size by the cms test). Prints figures; asserts nothing.
 */
import { fork } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { cpus, loadavg, tmpdir } from 'node:os'
import path from 'node:path'
import type { Snapshot } from '@vsp/content-models'
import { rebuildSite } from '../lib/sites'
import { startPublishWorker } from '../publish/worker'
import { flag, sizesArg, table, writeSnapshot } from './cli'

const sizes = sizesArg([1000, 10000])
const countArg = process.argv.indexOf('--publishes')
const publishes = countArg < 0 ? 20 : Number(process.argv[countArg + 1])
// `--work DIR`: keep the folders there, and reuse a site built by an earlier run (its full build
// time is then not measured: the column says "reused").
const workArg = process.argv.indexOf('--work')
const work = workArg < 0 ? mkdtempSync(path.join(tmpdir(), 'vsp-publish-bench-')) : path.resolve(process.argv[workArg + 1])
const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
}
const rows: (string | number)[][] = []
/** in every marker, so that a site reused from an earlier run (`--work`) never shows this run's change before it is published */
const runTag = Date.now().toString(36)

for (const size of ['seed' as const, ...sizes]) {
  const dir = path.join(work, String(size))
  mkdirSync(path.join(dir, 'helpers'), { recursive: true })
  const { file, snapshot } = writeSnapshot(dir, size)
  const dist = path.join(dir, 'helpers', 'dist')
  const env = { ...(process.env as Record<string, string>), CONTENT_SNAPSHOT: file }
  let t = performance.now()
  const reuse = workArg >= 0 && existsSync(path.join(dist, 'index.html'))
  if (!reuse) rebuildSite('helpers', env, dist)
  const fullSeconds = reuse ? Number.NaN : (performance.now() - t) / 1000
  console.log(`${size}: full build ${reuse ? 'reused' : `${fullSeconds.toFixed(1)} s`}; starting the worker…`)
  t = performance.now()
  const worker = await startPublishWorker({ sites: ['helpers'], snapshotFile: file, env, distRoot: dir })
  const warmSeconds = (performance.now() - t) / 1000
  const visitor = fork(path.join(import.meta.dirname, 'visitor.ts'), [dist])
  const server = await new Promise<{ url: string }>((resolve) => visitor.once('message', (m) => resolve(m as { url: string })))
  /** when the visitor's process first got the page with the marker (absolute ms) */
  const visitorSaw = (url: string, marker: string) =>
    new Promise<number>((resolve, reject) => {
      const onMessage = (m: { marker: string; at?: number; error?: string }) => {
        if (m.marker !== marker) return
        visitor.off('message', onMessage)
        if (m.at === undefined) reject(new Error(m.error))
        else resolve(m.at)
      }
      visitor.on('message', onMessage)
      visitor.send({ url, marker })
    })

  // A reused site may have been published to since its build: go on from what it shows.
  const current: Snapshot = reuse ? JSON.parse(readFileSync(`${dist}.snapshot.json`, 'utf8')) : structuredClone(snapshot)
  const live: number[] = []
  /** the same, seen from the bench's process (the worker's), as before */
  const liveHere: number[] = []
  /** until the publish answered: every page it touches is live (a publish in two generations: the second too) */
  const done: number[] = []
  const pages: number[] = []
  const modes = new Map<string, number>()
  for (let i = 0; i < publishes; i++) {
    const checklist = current.checklists[(i * 7) % current.checklists.length]
    const marker = `Gewijzigd ${size}-${runTag}-${i}`
    if (i % 2 === 0) checklist.items[0].text = `${marker}: ${checklist.items[0].text.replace(/^Gewijzigd \S+: /, '')}`
    else checklist.title = `${marker} ${checklist.title.replace(/^Gewijzigd \S+ /, '')}`
    const started = performance.now()
    const url = `${server.url}/checklists/${checklist.slug}/`
    const seenByVisitor = visitorSaw(url, marker)
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
    const publishing = worker.publish(['helpers'], structuredClone(current)).then((outcomes) => {
      done.push(performance.now() - started)
      return outcomes
    })
    const [[outcome], hereMs, visitorAt] = await Promise.all([publishing, seen, seenByVisitor])
    const liveMs = visitorAt - (performance.timeOrigin + started)
    live.push(liveMs)
    liveHere.push(hereMs)
    const seconds = (ms: number | undefined) => ((ms ?? 0) / 1000).toFixed(2)
    console.log(
      `  publish ${i + 1}: live ${seconds(liveMs)} s (seen from the bench's process ${seconds(hereMs)} s), all pages ${seconds(done.at(-1))} s`,
    )
    pages.push(outcome.pages ?? 0)
    const mode = outcome.mode === 'incremental' ? 'incremental' : `full (${outcome.reason})`
    modes.set(mode, (modes.get(mode) ?? 0) + 1)
  }
  visitor.send({ close: true })
  await worker.close()
  console.log(`  ${[...modes].map(([m, n]) => `${n}× ${m}`).join(', ')}`)
  rows.push([
    size === 'seed' ? 'seeded' : size,
    reuse ? 'reused' : fullSeconds.toFixed(1),
    warmSeconds.toFixed(1),
    publishes,
    `${Math.min(...pages)}-${Math.max(...pages)}`,
    (percentile(live, 50) / 1000).toFixed(2),
    (percentile(live, 95) / 1000).toFixed(2),
    (Math.max(...live) / 1000).toFixed(2),
    (percentile(liveHere, 50) / 1000).toFixed(2),
    (percentile(liveHere, 95) / 1000).toFixed(2),
    (percentile(done, 50) / 1000).toFixed(2),
    (percentile(done, 95) / 1000).toFixed(2),
    (Math.max(...done) / 1000).toFixed(2),
    loadavg()[0].toFixed(1),
  ])
  console.log(`  row: ${rows.at(-1)?.join(' | ')}`)
  if (!flag('--keep') && workArg < 0) rmSync(dir, { recursive: true, force: true })
}

console.log(
  `\nhelpers site, publish to live, ${new Date().toISOString().slice(0, 16)}Z, ${cpus().length} cores, load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
)
console.log(
  table(
    [
      'snapshot',
      'full build s',
      'worker warm-up s',
      'publishes',
      'pages rendered',
      'p50 s',
      'p95 s',
      'max s',
      'seen from bench p50 s',
      'p95 s',
      'all pages p50 s',
      'p95 s',
      'max s',
      'load (1 min)',
    ],
    rows.map((r) => r.map(String)),
  ),
)
process.exit(0)
