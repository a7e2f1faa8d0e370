/**
 * Search benchmark: our sharded index (@vsp/search) against Pagefind, on the same built helpers
 * site, at seeded size and at 10,000 synthetic pages.
 *   pnpm exec tsx scripts/bench/search-bench.ts [--sizes 10000] [--built seed=/dir,10000=/dir]
 * For each site: run Pagefind (npm API) over the built HTML (root selector `main`, the part our
 * index reads too), serve the site with gzip, and in headless Chromium, per engine and query,
 * in a fresh browser context (empty cache): load the engine's code, run the query, fetch the
 * data of the first 10 results (title, URL, snippet: what a results list shows). Recorded: bytes
 * transferred (gzip as served, headers included) and the time in the page (cold: code, index and
 * results; warm: the same query again in the same page). Search quality (recall@3 of both
 * query sets, both engines, both sites): search-quality-bench.ts.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { cpus, tmpdir } from 'node:os'
import path from 'node:path'
import type { Browser } from 'playwright-core'
import { launchChromium } from '@vsp/test-support'
import { siteDocuments } from '../search-quality/site-documents'
import { builtArg, sizesArg, table, writeSnapshot } from './cli'
import { buildChecked } from './measure-build'
import { bundleClient, closePagefind, harness, runPagefind, SEARCH_IN_PAGE, type Engine } from './search-engines'
import { serveStatic } from './static-server'

const QUERIES = ['slachtoffer', 'inbraak', 'schadevergoeding', 'aangifte doen', 'stalking']

async function measure(browser: Browser, base: string, engine: Engine, query: string) {
  const context = await browser.newContext()
  const page = await context.newPage()
  await page.goto(`${base}/__bench/`)
  let bytes = 0
  let files = 0
  page.on('requestfinished', async (request) => {
    const sizes = await request.sizes()
    bytes += sizes.responseBodySize + sizes.responseHeadersSize
    files++
  })
  const result = await page.evaluate(SEARCH_IN_PAGE, { engine, query })
  await page.waitForTimeout(100) // let the last requestfinished events arrive
  await context.close()
  return { ...result, bytes, files }
}

const sizes = sizesArg([10000])
const prebuilt = builtArg()
const work = mkdtempSync(path.join(tmpdir(), 'vsp-search-bench-'))
const client = await bundleClient()
const browser = await launchChromium()
const rows: (string | number)[][] = []
const summary: (string | number)[][] = []
try {
  for (const size of ['seed' as const, ...sizes]) {
    const label = size === 'seed' ? 'seeded' : String(size)
    let siteDir = prebuilt.get(String(size))
    if (!siteDir) {
      const { file, snapshot } = writeSnapshot(work, size)
      siteDir = path.join(work, `site-${size}`)
      console.log(`building the ${label} site…`)
      const m = await buildChecked('helpers', file, siteDir, siteDocuments(snapshot, 'helpers').length + 1, console.log)
      if (!m.ok) throw new Error(`build of ${label} failed:\n${m.output.slice(-2000)}`)
    }
    const t0 = performance.now()
    const pagefindPages = await runPagefind(siteDir)
    console.log(`${label}: pagefind indexed ${pagefindPages} pages in ${((performance.now() - t0) / 1000).toFixed(1)} s`)
    const server = await serveStatic(siteDir, harness(client))
    try {
      const perEngine: Record<Engine, number[]> = { vsp: [], pagefind: [] }
      for (const query of QUERIES) {
        const m = { vsp: await measure(browser, server.url, 'vsp', query), pagefind: await measure(browser, server.url, 'pagefind', query) }
        for (const engine of ['vsp', 'pagefind'] as const) {
          const r = m[engine]
          perEngine[engine].push(r.bytes)
          rows.push([label, engine, query, r.urls.length, r.files, (r.bytes / 1024).toFixed(1), r.cold.toFixed(0), r.warm.toFixed(1)])
        }
        rows.push([
          label,
          'ours/pagefind',
          query,
          '',
          '',
          (m.vsp.bytes / m.pagefind.bytes).toFixed(2),
          (m.vsp.cold / m.pagefind.cold).toFixed(2),
          (m.vsp.warm / m.pagefind.warm).toFixed(2),
        ])
      }
      const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
      summary.push([
        label,
        (median(perEngine.vsp) / 1024).toFixed(1),
        (median(perEngine.pagefind) / 1024).toFixed(1),
        (median(perEngine.vsp) / median(perEngine.pagefind)).toFixed(2),
      ])
    } finally {
      await server.close()
    }
  }
} finally {
  await browser.close()
  await closePagefind()
  rmSync(work, { recursive: true, force: true })
}
console.log(`\nhelpers site, first query in a fresh browser context, ${new Date().toISOString().slice(0, 10)}, ${cpus().length} cores`)
console.log(table(['site', 'engine', 'query', 'results', 'files', 'KB transferred (gzip)', 'cold ms', 'warm ms'], rows))
console.log(`\nmedian KB to first results`)
console.log(table(['site', 'ours', 'pagefind', 'ours/pagefind'], summary))
