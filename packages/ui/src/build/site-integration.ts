import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { AstroIntegration } from 'astro'
import { buildSearchIndex, type SearchDocument } from '@vsp/search'
import { writeFaviconFallbacks } from './favicons'
import { pageText } from './page-text'
import { searchWeight } from './search-weight'
import { robotsTxt, sitemapXml } from './sitemap'

/** Written by the site's `/search/synonyms.json` endpoint, read back here after the build. */
export const SYNONYMS_FILE = 'search/synonyms.json'

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true })
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => path.join(e.parentPath, e.name))
}

function urlPath(outDir: string, file: string): string {
  const rel = path.relative(outDir, file).split(path.sep).join('/')
  if (rel === 'index.html') return '/'
  return rel.endsWith('/index.html') ? `/${rel.slice(0, -'index.html'.length)}` : `/${rel}`
}

/**
 * After the build: a search index of every page (title + full text as the visitor sees it),
 * sitemap.xml, robots.txt and the favicon fallbacks. Reading the built pages means nothing can be left out of the index.
 */
export function siteIntegration(): AstroIntegration {
  let origin = 'http://localhost:4321'
  return {
    name: 'vsp-site',
    hooks: {
      'astro:config:done': ({ config }) => {
        if (config.site) origin = config.site
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir)
        // Left in the output by Astro's content layer; not meant to be served.
        for (const leftover of ['content-assets.mjs', 'content-modules.mjs']) await rm(path.join(outDir, leftover), { force: true })
        const pages: SearchDocument[] = []
        const indexable: string[] = []
        for (const file of await htmlFiles(outDir)) {
          const url = urlPath(outDir, file)
          if (url === '/404.html') continue
          const page = pageText(await readFile(file, 'utf8'))
          if (page.noindex) continue
          indexable.push(url)
          pages.push({ url, title: page.title, text: page.text, headings: page.headings, kind: page.kind, section: page.section, weight: searchWeight({ url, kind: page.kind }) })
        }
        const synonymsFile = path.join(outDir, SYNONYMS_FILE)
        const synonyms = JSON.parse(await readFile(synonymsFile, 'utf8').catch(() => '[]'))
        await rm(synonymsFile, { force: true })
        const { files } = buildSearchIndex(pages, { synonyms })
        for (const [name, content] of files) {
          const target = path.join(outDir, 'search', name)
          await mkdir(path.dirname(target), { recursive: true })
          await writeFile(target, content)
        }
        await writeFile(path.join(outDir, 'sitemap.xml'), sitemapXml(origin, indexable))
        await writeFile(path.join(outDir, 'robots.txt'), robotsTxt(origin))
        if (!(await writeFaviconFallbacks(outDir))) logger.warn('geen public/favicon.svg: favicon.ico en apple-touch-icon.png niet gemaakt')
        logger.info(`zoekindex: ${pages.length} pagina's; sitemap: ${indexable.length} adressen`)
      },
    },
  }
}
