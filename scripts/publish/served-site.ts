/**
 * What the incremental publish knows about a served site, read once from its files (dist/) and
 * kept up to date by each publish: the snapshot it was built from, which page links to which,
 * each page's inline hashes, sitemap flag and search document, and the search index's base.
 */
import { existsSync, readFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { SiteName, Snapshot } from '@vsp/content-models'
import { type DeltaShard, docShardFile, type IndexManifest, type SearchDocument } from '@vsp/search'
import { type PageFacts, pageFacts } from '@vsp/site-integration/after-build'
import { LinkIndex, pageLinks, urlPathOf } from '@vsp/site-publish'
import { asGenerations, walkFiles } from './generations'

export interface ServedSite {
  site: SiteName
  /** the served folder (sites/<site>/dist) */
  dir: string
  origin: string
  /** the content the served files show */
  snapshot: Snapshot
  links: LinkIndex
  facts: Map<string, PageFacts>
  search: {
    base: IndexManifest
    /** URL → document id in the base index */
    baseIds: Map<string, number>
    /** pages changed, added (a document) or removed (null) since the base index was built */
    overridden: Map<string, SearchDocument | null>
  }
}

/** The snapshot a served folder was built from, kept beside it: `dist.snapshot.json`. */
export const builtFromFile = (dir: string) => `${dir}.snapshot.json`

async function htmlFiles(dir: string): Promise<string[]> {
  return (await walkFiles(dir)).filter((file) => file.endsWith('.html'))
}

const readJson = async <T>(file: string): Promise<T> => JSON.parse(await readFile(file, 'utf8')) as T

/** Reads a served site; throws when it was not built with the snapshot beside it (then a full build comes first). */
export async function readServedSite(site: SiteName, dir: string): Promise<ServedSite> {
  const snapshotFile = builtFromFile(dir)
  if (!existsSync(snapshotFile)) throw new Error(`${snapshotFile} ontbreekt: eerst een volledige build`)
  const snapshot = await readJson<Snapshot>(snapshotFile)
  await asGenerations(dir)
  const origin = /^Sitemap: (.+)\/sitemap\.xml$/m.exec(readFileSync(path.join(dir, 'robots.txt'), 'utf8'))?.[1]
  if (!origin) throw new Error(`geen Sitemap-regel in ${dir}/robots.txt`)
  const links = new LinkIndex()
  const facts = new Map<string, PageFacts>()
  for (const file of await htmlFiles(dir)) {
    const url = urlPathOf(file)
    const html = await readFile(path.join(dir, file), 'utf8')
    links.set(url, pageLinks(html))
    facts.set(url, pageFacts(url, html))
  }
  const base = await readJson<IndexManifest>(path.join(dir, 'search', 'manifest.json'))
  const baseIds = new Map<string, number>()
  const shards = Math.ceil(base.documents / base.docsPerShard)
  for (let shard = 0; shard < shards; shard++) {
    const docs = await readJson<{ url: string }[]>(path.join(dir, 'search', docShardFile(base.docsVersion, shard)))
    docs.forEach((doc, i) => baseIds.set(doc.url, shard * base.docsPerShard + i))
  }
  const overridden = new Map<string, SearchDocument | null>()
  if (base.delta) {
    const delta = await readJson<DeltaShard>(path.join(dir, 'search', base.delta))
    const byId = new Map([...baseIds].map(([url, id]) => [id, url]))
    for (const id of delta.hidden) overridden.set(byId.get(id) ?? '', null)
    for (const doc of delta.docs) overridden.set(doc.url, facts.get(doc.url)?.search ?? null)
    overridden.delete('')
  }
  return { site, dir, origin, snapshot, links, facts, search: { base, baseIds, overridden } }
}
