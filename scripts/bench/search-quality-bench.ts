/**
 * Search quality on the real built seeded sites, ours next to Pagefind: recall@3 of the tuning
 * set (search-quality/queries.ts) and the held-out set (search-quality/heldout-queries.ts),
 * for both sites.
 *   pnpm exec tsx scripts/bench/search-quality-bench.ts [--built helpers=DIR,professionals=DIR] [--misses]
 * Without --built it builds both sites from the seed (one after the other, ~25 s each). Pagefind
 * indexes the same built HTML (root selector `main`, language nl, no synonyms: it has none).
 * Both engines run in headless Chromium over a local server; a result counts when an expected
 * page is among the first three URLs the engine returns (on the built site, file order breaks
 * ties). The in-memory figure (the mirror of site-documents.ts, ties counted against the page)
 * is printed beside it, so drift between the mirror and the site shows.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Browser } from 'playwright-core'
import type { SearchResult } from '@vsp/search'
import { launchChromium } from '@vsp/test-support'
import { HELD_OUT_QUERIES } from '../search-quality/heldout-queries'
import { seededSearch } from '../search-quality/index-seed'
import { QUALITY_QUERIES } from '../search-quality/queries'
import { SITE_NAMES } from '@vsp/content-models'
import { percent, recallAt3, type Recall, type ScoredQuery, type SiteName } from '../search-quality/recall'
import { builtArg, table, writeSnapshot } from './cli'
import { buildChecked } from './measure-build'
import { bundleClient, closePagefind, ENGINES, harness, runPagefind, SEARCH_IN_PAGE, type Engine } from './search-engines'
import { serveStatic } from './static-server'

const SITES: readonly SiteName[] = SITE_NAMES
const SETS: [string, readonly ScoredQuery[]][] = [
  ['tuning', QUALITY_QUERIES],
  ['held-out', HELD_OUT_QUERIES],
]

/** One page per engine, reused for all queries: the index stays loaded, as for a visitor. */
async function engineSearch(browser: Browser, base: string, engine: Engine) {
  const context = await browser.newContext()
  const page = await context.newPage()
  await page.goto(`${base}/__bench/`)
  const search = async (_site: SiteName, query: string): Promise<SearchResult[]> => {
    const { urls } = await page.evaluate(SEARCH_IN_PAGE, { engine, query })
    // Distinct scores: on the built site the order is the engine's, ties included.
    return urls.map((url, i) => ({ url, title: url, titleHtml: url, snippet: '', score: urls.length - i }))
  }
  return { search, close: () => context.close() }
}

const prebuilt = builtArg()
const showMisses = process.argv.includes('--misses')
const work = mkdtempSync(path.join(tmpdir(), 'vsp-quality-bench-'))
const client = await bundleClient()
const browser = await launchChromium()
const memory = seededSearch()
const rows: (string | number)[][] = []
const misses: string[] = []
try {
  const { file } = writeSnapshot(work, 'seed')
  for (const site of SITES) {
    let siteDir = prebuilt.get(site)
    if (!siteDir) {
      siteDir = path.join(work, `site-${site}`)
      console.log(`building the seeded ${site} site…`)
      const expected = memory.documents[site].length + 1 // + the 404 page's folder-less index
      const m = await buildChecked(site, file, siteDir, expected, console.log)
      if (!m.ok) throw new Error(`build of ${site} failed:\n${m.output.slice(-2000)}`)
    }
    console.log(`${site}: pagefind indexed ${await runPagefind(siteDir)} pages`)
    const server = await serveStatic(siteDir, harness(client))
    try {
      const results = new Map<string, Recall>()
      for (const engine of ENGINES) {
        const { search, close } = await engineSearch(browser, server.url, engine)
        for (const [name, set] of SETS)
          results.set(
            `${engine} ${name}`,
            await recallAt3(
              set.filter((q) => q.site === site),
              search,
            ),
          )
        await close()
      }
      for (const [name, set] of SETS)
        results.set(
          `memory ${name}`,
          await recallAt3(
            set.filter((q) => q.site === site),
            memory.search,
          ),
        )
      for (const [name] of SETS) {
        rows.push([
          site,
          name,
          results.get(`vsp ${name}`)!.total,
          percent(results.get(`vsp ${name}`)!),
          percent(results.get(`pagefind ${name}`)!),
          percent(results.get(`memory ${name}`)!),
        ])
        for (const engine of ENGINES) {
          if (name === 'held-out' && !showMisses) continue
          for (const miss of results.get(`${engine} ${name}`)!.misses)
            misses.push(`${site} ${name} ${engine}: "${miss.query.query}" → ${miss.top.join(' ') || '(nothing)'}`)
        }
      }
    } finally {
      await server.close()
    }
  }
} finally {
  await browser.close()
  await closePagefind()
  rmSync(work, { recursive: true, force: true })
}
console.log(`\nrecall@3 on the built seeded sites, ${new Date().toISOString().slice(0, 10)}`)
console.log(table(['site', 'set', 'queries', 'ours (built site)', 'Pagefind (built site)', 'ours (in memory, mirror)'], rows))
if (misses.length)
  console.log(`\nmisses${showMisses ? '' : ' (tuning set; --misses for the held-out set)'}:\n${misses.map((m) => `  ${m}`).join('\n')}`)
