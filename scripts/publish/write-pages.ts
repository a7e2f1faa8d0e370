/**
 * Writes an incremental publish of one site: a linked copy of the served folder with the
 * rendered pages replaced and the removed ones deleted, then the files computed from all pages
 * (sitemap, CSP headers, the search delta) and compressed copies of what changed, swapped in
 * atomically. The served site's state is updated only once the new folder is live.
 */
import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { Snapshot } from '@vsp/content-models'
import { buildSearchDelta, type SearchDocument } from '@vsp/search'
import { hostHeaderFiles, isCompressible, type PageFacts, pageFacts, precompressFile, sitemapXml } from '@vsp/site-integration/after-build'
import { filePathOf, pageLinks } from '@vsp/site-publish'
import { NextGeneration } from './generations'
import type { ServedSite } from './served-site'
import { builtFromFile } from './served-site'

/** Renders one page of the site with the given snapshot: its HTML. */
export type RenderPage = (urlPath: string, snapshot: Snapshot) => Promise<string>

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

async function writeGeneration(
  gen: NextGeneration,
  served: ServedSite,
  plan: PagesPlan,
  snapshot: Snapshot,
  render: RenderPage,
): Promise<WriteResult> {
  const started = Date.now()
  const next = gen.root
  const replaceFile = (file: string, content: string | Uint8Array) => gen.write(file, content)
  const removeFile = (file: string) => gen.remove(file)
  const target = (url: string) => path.join(next, filePathOf(url))
  const changed: string[] = []
  const facts = new Map<string, PageFacts>()
  const links = new Map<string, string[]>()
  for (const url of plan.render) {
    const html = await render(url, snapshot)
    await replaceFile(target(url), html)
    changed.push(target(url))
    facts.set(url, pageFacts(url, html))
    links.set(url, pageLinks(html))
  }
  const rendered = Date.now()
  for (const url of plan.remove) for (const suffix of ['', '.br', '.gz']) await removeFile(`${target(url)}${suffix}`)

  const allFacts = new Map(served.facts)
  for (const url of plan.remove) allFacts.delete(url)
  for (const [url, f] of facts) allFacts.set(url, f)
  const styleAttributes = [...facts].filter(([, f]) => f.styleAttributes).map(([url]) => url)
  if (styleAttributes.length) throw new Error(`style-attributen in ${styleAttributes.join(', ')}: de CSP staat die niet toe`)

  const indexable = [...allFacts].filter(([, f]) => f.indexable).map(([url]) => url)
  await replaceFile(path.join(next, 'sitemap.xml'), sitemapXml(served.origin, indexable))
  changed.push(path.join(next, 'sitemap.xml'))
  const scriptHashes = new Set([...allFacts.values()].flatMap((f) => f.scripts))
  const styleHashes = new Set([...allFacts.values()].flatMap((f) => f.styles))
  for (const [name, content] of hostHeaderFiles({ scriptHashes, styleHashes })) await replaceFile(path.join(next, name), content)

  const overridden = new Map(served.search.overridden)
  for (const url of plan.remove) overridden.set(url, null)
  for (const [url, f] of facts) overridden.set(url, f.search ?? null)
  const hidden = [...overridden.keys()].flatMap((url) => served.search.baseIds.get(url) ?? [])
  const docs = [...overridden.values()].filter((doc): doc is SearchDocument => doc !== null)
  const { files } = buildSearchDelta({ base: served.search.base, hidden, docs }, { synonyms: snapshot.siteSettings.searchSynonyms ?? [] })
  if (served.search.base.delta)
    for (const suffix of ['', '.br', '.gz']) await removeFile(path.join(next, 'search', `${served.search.base.delta}${suffix}`))
  for (const [name, content] of files) {
    await replaceFile(path.join(next, 'search', name), content)
    changed.push(path.join(next, 'search', name))
  }
  for (const file of changed) {
    // The compressed copies are hard links to the served ones until removed: never write through them.
    for (const suffix of ['.br', '.gz']) await removeFile(`${file}${suffix}`)
    if (isCompressible(file)) await precompressFile(file)
  }
  const written = Date.now()

  await gen.swapIn()
  await writeFile(builtFromFile(served.dir), JSON.stringify(snapshot))
  const swapped = Date.now()

  served.snapshot = snapshot
  served.facts = allFacts
  for (const url of plan.remove) served.links.delete(url)
  for (const [url, l] of links) served.links.set(url, l)
  served.search.overridden = overridden
  return {
    rendered: plan.render.length,
    removed: plan.remove.length,
    searchDelta: docs.length,
    ms: { render: rendered - started, files: written - rendered, swap: swapped - written },
  }
}
