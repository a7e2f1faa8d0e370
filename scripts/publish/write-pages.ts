/**
 * Writes an incremental publish of one site: a linked copy of the served folder with the
 * rendered pages replaced and the removed ones deleted, then the files computed from all pages
 * (sitemap, CSP headers, the search delta), swapped in atomically (the site server compresses
 * on request, packages/site-server). The served site's state is updated only once the new folder is live; the snapshot
 * beside the folder is written by the caller once a publish is done (publish-site.ts writePlan).
 */
import path from 'node:path'
import type { Snapshot } from '@vsp/content-models'
import { buildSearchDelta, type SearchDocument } from '@vsp/search'
import { hostHeaderFiles, type PageFacts, pageFacts, sitemapXml } from '@vsp/site-integration/after-build'
import { filePathOf, pageLinks } from '@vsp/site-publish'
import { NextGeneration } from './generations'
import type { ServedSite } from './served-site'

/**
 * Renders one address of the site with the given snapshot (a result of validateSnapshot): a page's
 * HTML, or the bytes of a file that is not a page (a landing page's og.jpg).
 */
export type RenderPage = (urlPath: string, snapshot: Snapshot) => Promise<string | Uint8Array>

/** Whether an address is a page (HTML) rather than a file beside one. */
export const isPage = (url: string) => url.endsWith('/') || url.endsWith('.html')

export interface PagesPlan {
  render: readonly string[]
  remove: readonly string[]
}

export interface WriteResult {
  rendered: number
  removed: number
  /** the search delta's documents (pages changed since the last full build) */
  searchDelta: number
  /** timings in ms */
  ms: { render: number; files: number; swap: number }
}

export async function writePages(served: ServedSite, plan: PagesPlan, snapshot: Snapshot, render: RenderPage): Promise<WriteResult> {
  const gen = new NextGeneration(served.dir)
  try {
    return await writeGeneration(gen, served, plan, snapshot, render)
  } catch (error) {
    await gen.discard()
    throw error
  }
}

/** The same search document (or none) as before: the page's text did not change, only what the index leaves out (links in "Lees ook"). */
const sameSearch = (a: SearchDocument | undefined, b: SearchDocument | undefined) => JSON.stringify(a) === JSON.stringify(b)

async function writeGeneration(
  gen: NextGeneration,
  served: ServedSite,
  plan: PagesPlan,
  snapshot: Snapshot,
  render: RenderPage,
): Promise<WriteResult> {
  const started = Date.now()
  const next = gen.root
  const target = (url: string) => path.join(next, filePathOf(url))
  const replaceFile = (file: string, content: string | Uint8Array) => gen.write(file, content)
  const facts = new Map<string, PageFacts>()
  const links = new Map<string, string[]>()
  for (const url of plan.render) {
    const content = await render(url, snapshot)
    await replaceFile(target(url), content)
    if (!isPage(url)) continue
    if (typeof content !== 'string') throw new Error(`${url} is een pagina maar gaf geen HTML`)
    facts.set(url, pageFacts(url, content))
    links.set(url, pageLinks(content))
  }
  const rendered = Date.now()
  for (const url of plan.remove) await gen.remove(target(url))

  const allFacts = new Map(served.facts)
  for (const url of plan.remove) allFacts.delete(url)
  for (const [url, f] of facts) allFacts.set(url, f)
  const styleAttributes = [...facts].filter(([, f]) => f.styleAttributes).map(([url]) => url)
  if (styleAttributes.length) throw new Error(`style-attributen in ${styleAttributes.join(', ')}: de CSP staat die niet toe`)

  // The sitemap lists the indexable pages: only a page added, removed or made (un)indexable changes it.
  const sitemapChanged =
    plan.remove.some((url) => served.facts.get(url)?.indexable) ||
    [...facts].some(([url, f]) => f.indexable !== (served.facts.get(url)?.indexable ?? false))
  if (sitemapChanged) {
    const indexable = [...allFacts].filter(([, f]) => f.indexable).map(([url]) => url)
    await replaceFile(path.join(next, 'sitemap.xml'), sitemapXml(served.origin, indexable))
  }
  const scriptHashes = new Set([...allFacts.values()].flatMap((f) => f.scripts))
  const styleHashes = new Set([...allFacts.values()].flatMap((f) => f.styles))
  for (const [name, content] of hostHeaderFiles({ scriptHashes, styleHashes })) await gen.write(path.join(next, name), content)

  // The search delta: only pages whose search document changed (a "Lees ook" link is not in it).
  const overridden = new Map(served.search.overridden)
  let searchChanged = false
  const override = (url: string, doc: SearchDocument | null) => {
    overridden.set(url, doc)
    searchChanged = true
  }
  for (const url of plan.remove) override(url, null)
  for (const [url, f] of facts) if (!sameSearch(served.facts.get(url)?.search, f.search)) override(url, f.search ?? null)
  let searchDelta = [...overridden.values()].filter((doc) => doc !== null).length
  let deltaName = served.search.base.delta
  if (searchChanged) {
    const hidden = [...overridden.keys()].flatMap((url) => served.search.baseIds.get(url) ?? [])
    const docs = [...overridden.values()].filter((doc): doc is SearchDocument => doc !== null)
    searchDelta = docs.length
    const { files } = buildSearchDelta({ base: served.search.base, hidden, docs }, { synonyms: snapshot.siteSettings.searchSynonyms ?? [] })
    if (served.search.base.delta) await gen.remove(path.join(next, 'search', served.search.base.delta))
    for (const [name, content] of files) await replaceFile(path.join(next, 'search', name), content)
    // The manifest and the new delta file, which the next publish removes.
    deltaName = [...files.keys()].find((name) => name !== 'manifest.json')
  }
  const written = Date.now()

  await gen.swapIn()
  const swapped = Date.now()

  served.snapshot = snapshot
  served.facts = allFacts
  for (const url of plan.remove) served.links.delete(url)
  for (const [url, l] of links) served.links.set(url, l)
  served.search.overridden = overridden
  served.search.base = { ...served.search.base, delta: deltaName }
  return {
    rendered: plan.render.length,
    removed: plan.remove.length,
    searchDelta,
    ms: { render: rendered - started, files: written - rendered, swap: swapped - written },
  }
}
