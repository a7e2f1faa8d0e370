/**
 * The two search engines as the benchmarks run them on a built site: our client (bundled as the
 * island ships it) and Pagefind (npm API over the built HTML, root selector `main`, the part our
 * index reads too). SEARCH_IN_PAGE runs in the browser page.
 */
import path from 'node:path'
import * as esbuild from 'esbuild'
import * as pagefind from 'pagefind'
import { repoRoot } from '@vsp/steps'

export type Engine = 'vsp' | 'pagefind'
export const ENGINES: readonly Engine[] = ['vsp', 'pagefind']

/** The query side of @vsp/search, bundled as the site's island would ship it. */
export async function bundleClient(): Promise<string> {
  const result = await esbuild.build({
    entryPoints: [path.join(repoRoot, 'packages/search/src/client.ts')],
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    platform: 'browser',
  })
  return result.outputFiles[0].text
}

/** Indexes the built site with Pagefind into `<siteDir>/pagefind`; returns the page count. */
export async function runPagefind(siteDir: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({ rootSelector: 'main', forceLanguage: 'nl' })
  if (!index) throw new Error(`pagefind: ${errors.join(', ')}`)
  const added = await index.addDirectory({ path: siteDir })
  if (added.errors.length) throw new Error(`pagefind: ${added.errors.join(', ')}`)
  await index.writeFiles({ outputPath: path.join(siteDir, 'pagefind') })
  return added.page_count
}

export const closePagefind = () => pagefind.close()

/** The harness files to serve next to the site: a blank page and our bundled client. */
export const harness = (client: string) => ({
  '/__bench/': '<!doctype html><html lang="nl"><title>bench</title></html>',
  '/__bench/vsp-search.js': client,
})

/** Runs in the page: load the engine, search, fetch what the first 10 results show. */
export const SEARCH_IN_PAGE = async ({ engine, query }: { engine: Engine; query: string }) => {
  const w = window as unknown as { __run?: (q: string) => Promise<{ url: string; title: string }[]> }
  const t0 = performance.now()
  if (!w.__run) {
    if (engine === 'vsp') {
      const mod = await import('/__bench/vsp-search.js' as string)
      const client = mod.createSearchClient({ baseUrl: '/search/' })
      w.__run = (q) => client.search(q, { limit: 10 })
    } else {
      const pf = await import('/pagefind/pagefind.js' as string)
      await pf.options({ baseUrl: '/' })
      w.__run = async (q) => {
        const found = await pf.search(q)
        const data = await Promise.all(
          found.results
            .slice(0, 10)
            .map((r: { data: () => Promise<{ url: string; meta: { title: string }; excerpt: string }> }) => r.data()),
        )
        return data.map((d) => ({ url: d.url, title: d.meta.title }))
      }
    }
  }
  const results = await w.__run(query)
  const cold = performance.now() - t0
  const t1 = performance.now()
  await w.__run(query)
  return { cold, warm: performance.now() - t1, urls: results.map((r) => r.url) }
}
