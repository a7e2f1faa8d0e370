/**
 * A bare Astro site with the same pages as a built site of ours, for the full-build benchmark
 * (full-build-bench.ts): one route, one inline layout, no content layer, no integration, no
 * islands, no after-build steps. Each page has the title and text of one page of the helpers
 * site (the search-quality mirror, `siteDocuments`, plus the pages it lacks as copies), padded
 * with a list of links to about the mean HTML size of the real build's pages. It is built with
 * the helpers site's own Astro (its node_modules are linked in), so both use one Astro version.
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { Snapshot } from '@vsp/content-models'
import { repoRoot } from '@vsp/steps'
import { siteDocuments } from '../search-quality/site-documents'

export interface BarePage {
  path: string
  title: string
  paragraphs: string[]
  /** links that pad the page to the target size, as chrome (header, footer) does on ours */
  links: number
}

const ROUTE = `---
import { readFileSync } from 'node:fs'
export function getStaticPaths() {
  const pages = JSON.parse(readFileSync(process.env.BARE_PAGES, 'utf8'))
  return pages.map((page) => ({ params: { path: page.path || undefined }, props: { page } }))
}
const { page } = Astro.props
const links = Array.from({ length: page.links }, (_, i) => i)
---
<html lang="nl">
  <head><meta charset="utf-8" /><meta name="viewport" content="width=device-width" /><title>{page.title}</title></head>
  <body>
    <header><a href="/">Home</a></header>
    <main>
      <h1>{page.title}</h1>
      {page.paragraphs.map((p) => <p>{p}</p>)}
    </main>
    <footer><ul>{links.map((i) => <li><a href={\`/pagina-\${i}/\`}>Pagina {i}</a></li>)}</ul></footer>
  </body>
</html>
`

/** One link item of the padding, in bytes (`<li><a href="/pagina-12/">Pagina 12</a></li>`). */
const LINK_BYTES = 46

/** The pages: `count` of them (the real build's page count), about `meanBytes` of HTML each. */
export function barePages(snapshot: Snapshot, count: number, meanBytes: number): BarePage[] {
  const docs = siteDocuments(snapshot, 'helpers')
  return Array.from({ length: count }, (_, i) => {
    const doc = docs[i % docs.length]
    const copy = Math.floor(i / docs.length)
    const words = doc.text.split(' ')
    const paragraphs: string[] = []
    for (let w = 0; w < words.length; w += 60) paragraphs.push(words.slice(w, w + 60).join(' '))
    const own = doc.title.length + doc.text.length + paragraphs.length * 7 + 250
    const url = copy === 0 ? doc.url : `${doc.url}kopie-${copy}/`
    return {
      path: url.replace(/^\/|\/$/g, ''),
      title: doc.title,
      paragraphs,
      links: Math.max(0, Math.round((meanBytes - own) / LINK_BYTES)),
    }
  })
}

/** Writes the bare site into `dir` and its pages file; returns the site folder and that file. */
export function writeBareSite(dir: string, pages: BarePage[]): { siteDir: string; pagesFile: string } {
  const siteDir = path.join(dir, 'bare-astro')
  mkdirSync(path.join(siteDir, 'src/pages'), { recursive: true })
  writeFileSync(path.join(siteDir, 'package.json'), JSON.stringify({ name: 'bare-astro', private: true, type: 'module' }))
  writeFileSync(path.join(siteDir, 'astro.config.mjs'), "export default { build: { format: 'directory' }, trailingSlash: 'always' }\n")
  writeFileSync(path.join(siteDir, 'src/pages/[...path].astro'), ROUTE)
  symlinkSync(path.join(repoRoot, 'sites/helpers/node_modules'), path.join(siteDir, 'node_modules'), 'dir')
  const pagesFile = path.join(dir, 'bare-pages.json')
  writeFileSync(pagesFile, JSON.stringify(pages))
  return { siteDir, pagesFile }
}
