import { readdirSync } from 'node:fs'
import { readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { AstroIntegration } from 'astro'
import { buildDocShards, buildSearchIndex, type SearchDocument } from '@vsp/search'
import { writeFaviconFallbacks } from './after-build/favicons'
import { hostHeaderFiles } from './after-build/host-header-files'
import { type PageFacts, pageFacts } from './after-build/page-facts'
import { stepTimer } from './after-build/step-timer'
import { robotsTxt, sitemapXml } from './after-build/sitemap'
import { writeFilesHere, writeFilesInWorker } from './after-build/write-files'
import { PARALLEL_CONCURRENCY, parallelPrerenderer } from './parallel-render/parallel-prerenderer'
import { isRendererBuild } from './renderer/renderer-integration'
import { routeEntrypoint, SHARED_ROUTES, SITE_MODULES } from './shared-routes'

/** Written by the site's `/search/synonyms.json` endpoint, read back here after the build. */
export const SYNONYMS_FILE = 'search/synonyms.json'

/** Synchronous: 20,000 folders through libuv's pool took twice as long, and nothing else runs meanwhile. */
function htmlFiles(dir: string): string[] {
  const entries = readdirSync(dir, { withFileTypes: true, recursive: true })
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => path.join(e.parentPath, e.name))
}

function urlPath(outDir: string, file: string): string {
  const rel = path.relative(outDir, file).split(path.sep).join('/')
  if (rel === 'index.html') return '/'
  return rel.endsWith('/index.html') ? `/${rel.slice(0, -'index.html'.length)}` : `/${rel}`
}

/**
 * Before the build: the routes both sites share (shared-routes.ts), and the aliases through which
 * they reach the site's content and layout.
 * After the build: a search index of every page (title + full text as the visitor sees it),
 * sitemap.xml, robots.txt and the favicon fallbacks. Reading the built pages means nothing can be left out of the index.
 * Then the response headers with a CSP that allows exactly the inline code of these pages
 * (`_headers`, `nginx-headers.conf`). No compressed copies: the site server packs a file when it
 * is first asked for (packages/site-server), which kept 20 s off a 10,000-page build.
 */
export function siteIntegration(): AstroIntegration {
  let origin = 'http://localhost:4321'
  let outDirUrl: URL | undefined
  // A second thread renders pages beside Astro's own and reads every page's facts as it is
  // rendered (parallel-render/); SITE_RENDER_WORKER=0 turns it off.
  const parallel = !isRendererBuild() && process.env.SITE_RENDER_WORKER !== '0'
  const renderedFacts = new Map<string, PageFacts>()
  return {
    name: 'vsp-site',
    hooks: {
      'astro:config:setup': ({ config, injectRoute, updateConfig }) => {
        const alias = Object.fromEntries(
          Object.entries(SITE_MODULES).map(([name, file]) => [name, fileURLToPath(new URL(file, config.root))]),
        )
        updateConfig({ vite: { resolve: { alias } }, ...(parallel ? { build: { concurrency: PARALLEL_CONCURRENCY } } : {}) })
        const prerender = !isRendererBuild()
        for (const route of SHARED_ROUTES) injectRoute({ pattern: route.pattern, entrypoint: routeEntrypoint(route.file), prerender })
      },
      'astro:config:done': ({ config }) => {
        if (config.site) origin = config.site
        outDirUrl = config.outDir
      },
      'astro:build:start': ({ setPrerenderer }) => {
        const out = outDirUrl
        if (parallel && out) {
          setPrerenderer((base) => parallelPrerenderer(base, out, renderedFacts))
        }
      },
      'astro:build:done': async ({ dir, logger }) => {
        // The renderer build has no pages to index or headers to write: it renders on demand.
        if (isRendererBuild()) return
        const outDir = fileURLToPath(dir)
        const { step, summary } = stepTimer()
        // Left in the output by Astro's content layer; not meant to be served.
        for (const leftover of ['content-assets.mjs', 'content-modules.mjs']) await rm(path.join(outDir, leftover), { force: true })
        const pages: SearchDocument[] = []
        const indexable: string[] = []
        const scriptHashes = new Set<string>()
        const styleHashes = new Set<string>()
        const styleAttributes: string[] = []
        let readBack = 0
        const readPages = async () => {
          for (const file of htmlFiles(outDir)) {
            const url = urlPath(outDir, file)
            // Every page on disk counts; what the render worker has not read, is read here.
            let facts = renderedFacts.get(url)
            if (!facts) {
              readBack++
              facts = pageFacts(url, await readFile(file, 'utf8'))
            }
            facts.scripts.forEach((h) => scriptHashes.add(h))
            facts.styles.forEach((h) => styleHashes.add(h))
            if (facts.styleAttributes) styleAttributes.push(url)
            if (facts.indexable) indexable.push(url)
            if (facts.search) pages.push(facts.search)
          }
        }
        await step('html lezen', readPages)
        const synonymsFile = path.join(outDir, SYNONYMS_FILE)
        const synonyms = JSON.parse(await readFile(synonymsFile, 'utf8').catch(() => '[]'))
        await rm(synonymsFile, { force: true })
        // The doc shards (one per page) depend on the pages alone: a second thread writes them
        // while this one counts the terms.
        const searchDir = path.join(outDir, 'search')
        const docShards = await step('zoekindex documenten', () => buildDocShards(pages))
        const docsWritten = writeFilesInWorker(
          [...docShards.files].map(([name, content]) => [path.join(searchDir, name), content] as const),
        )
        docsWritten.catch(() => {}) // awaited below; a failed index build must not leave it unhandled
        const { files } = await step('zoekindex', () => buildSearchIndex(pages, { synonyms }, docShards))
        await step('zoekindex schrijven', async () => {
          writeFilesHere(
            [...files]
              .filter(([name]) => !docShards.files.has(name))
              .map(([name, content]) => [path.join(searchDir, name), content] as const),
          )
          await docsWritten
        })
        await step('sitemap', async () => {
          await writeFile(path.join(outDir, 'sitemap.xml'), sitemapXml(origin, indexable))
          await writeFile(path.join(outDir, 'robots.txt'), robotsTxt(origin))
        })
        // A style attribute would need 'unsafe-hashes' (or be blocked): use a class instead.
        if (styleAttributes.length) throw new Error(`style-attributen in ${styleAttributes.join(', ')}: de CSP staat die niet toe`)
        for (const [name, content] of hostHeaderFiles({ scriptHashes, styleHashes })) await writeFile(path.join(outDir, name), content)
        if (!(await step('favicons', () => writeFaviconFallbacks(outDir)))) {
          logger.warn('geen public/favicon.svg: favicon.ico en apple-touch-icon.png niet gemaakt')
        }
        logger.info(
          `zoekindex: ${pages.length} pagina's (${readBack} van schijf gelezen); sitemap: ${indexable.length} adressen; CSP: ${scriptHashes.size} script- en ${styleHashes.size} stijlhashes`,
        )
        logger.info(summary())
      },
    },
  }
}
