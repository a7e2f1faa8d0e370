import type { SiteName, Snapshot, SnapshotCollection } from '@vsp/content-models'
import { forSite } from '@vsp/ui'
import { PAGE_KINDS } from './page-kinds'
import { docKey, referencedDocs, referrers } from './references'
import { diffSnapshots, type DocumentChange } from './snapshot-diff'

/** What the served site is made of, recorded from its files: its pages and which pages link to each. */
export interface SiteIndex {
  pages: ReadonlySet<string>
  /** page path → the pages that link to it */
  linkedFrom: ReadonlyMap<string, ReadonlySet<string>>
}

export type PublishPlan =
  | { kind: 'full'; reason: string }
  | {
      kind: 'pages'
      /** URL paths to render with the new snapshot (pages and page assets such as a landing page's og.jpg) */
      render: string[]
      /** URL paths whose files are to be deleted */
      remove: string[]
      /**
       * The part of `render` that may go live a moment after the rest: pages of other documents
       * of a changed document's own kind that only link to it ("Lees ook" on the checklists of
       * the same delict). The changed document's own pages and the lists and overviews that show
       * it are not in it.
       */
      later: string[]
      /** the changed documents, for the log: `collection:id` */
      documents: string[]
    }

export interface PlanOptions {
  /** Above this many pages to render a full build is used (it is then about as fast, and simpler). */
  maxPages?: number
}

type Doc = Record<string, unknown>

const pathsOf = (collection: SnapshotCollection, doc: Doc | undefined, site: SiteName) =>
  doc ? (PAGE_KINDS[collection]?.paths(doc, site) ?? []) : []

/**
 * Every page the documents of a snapshot have on a site; the rest of the site are fixed pages
 * (home, overviews). Once per snapshot object and site, like the referrers below.
 */
const ownedCache = new WeakMap<Snapshot, Map<SiteName, Map<SnapshotCollection, Set<string>>>>()
function ownedPaths(snapshot: Snapshot, site: SiteName, content: Snapshot): Map<SnapshotCollection, Set<string>> {
  let bySite = ownedCache.get(snapshot)
  if (!bySite) ownedCache.set(snapshot, (bySite = new Map()))
  let owned = bySite.get(site)
  if (!owned) bySite.set(site, (owned = collectOwnedPaths(content, site)))
  return owned
}

function collectOwnedPaths(content: Snapshot, site: SiteName): Map<SnapshotCollection, Set<string>> {
  const owned = new Map<SnapshotCollection, Set<string>>()
  for (const collection of Object.keys(PAGE_KINDS) as SnapshotCollection[]) {
    const docs = (content[collection] ?? []) as readonly Doc[]
    owned.set(collection, new Set(docs.flatMap((doc) => pathsOf(collection, doc, site))))
  }
  return owned
}

/** Who refers to whom on a site, once per snapshot object: a worker plans each snapshot twice (as the new one, then as the old). */
const referrersCache = new WeakMap<Snapshot, Map<SiteName, ReturnType<typeof referrers>>>()
function referrersOf(snapshot: Snapshot, site: SiteName, content: Snapshot, from?: FromPrevious): ReturnType<typeof referrers> {
  let bySite = referrersCache.get(snapshot)
  if (!bySite) referrersCache.set(snapshot, (bySite = new Map()))
  let map = bySite.get(site)
  if (!map) {
    const previous = from && referrersCache.get(from.snapshot)?.get(site)
    if (previous && from) map = updatedReferrers(previous, from.changes)
    else {
      const collections = (Object.keys(PAGE_KINDS) as SnapshotCollection[]).map((collection) => [collection, content[collection] ?? []])
      map = referrers(Object.fromEntries(collections))
    }
    bySite.set(site, map)
  }
  return map
}

/** The snapshot a new one was diffed with, and the documents that differ: its referrers follow from those of the one before. */
interface FromPrevious {
  snapshot: Snapshot
  changes: readonly DocumentChange[]
}

/**
 * The referrers of the next snapshot from those of the one before: the changed documents' old
 * references out, their new ones in; the rest is shared (10,000 pages: a walk over every document
 * took ~0.3 s a publish). Entries of unchanged documents keep the older, equal document object.
 */
function updatedReferrers(previous: ReturnType<typeof referrers>, changes: readonly DocumentChange[]): ReturnType<typeof referrers> {
  const map = new Map(previous)
  for (const change of changes) {
    if (!PAGE_KINDS[change.collection]) continue
    const isChanged = (r: { collection: string; doc: Record<string, unknown> }) =>
      r.collection === change.collection && String(r.doc.id) === change.id
    if (change.before)
      for (const key of referencedDocs(change.before))
        map.set(
          key,
          (map.get(key) ?? []).filter((r) => !isChanged(r)),
        )
    if (change.after)
      for (const key of referencedDocs(change.after))
        map.set(key, [...(map.get(key) ?? []), { collection: change.collection, doc: change.after }])
  }
  return map
}

type Reach = 'own' | 'linked' | 'lists'

/** How far a change reaches: its own pages, the pages that link to it, or every list that could show it. */
function reachOf(change: DocumentChange): Reach {
  const kind = PAGE_KINDS[change.collection]
  if (!kind || !change.before || !change.after) return 'lists'
  if (change.fields.every((field) => kind.ownOnly.includes(field))) return 'own'
  if (change.fields.every((field) => kind.ownOnly.includes(field) || kind.card.includes(field))) return 'linked'
  return 'lists'
}

/**
 * The pages of one site a publish changes, from the snapshot the served site was built from,
 * the new snapshot and the served site's link index: the changed documents' own pages (old and
 * new addresses), the pages that link to them (lists, overviews, related links, theme pages),
 * the pages of documents that refer to them (a checklist's theme headings, a landing page's video
 * block), and for a document that may have entered a list, every page that lists documents of its
 * kind plus the fixed pages. Removed addresses are deleted. What this cannot judge (site
 * settings, a collection without pages of its own) gives a full build.
 */
export function planPublish(before: Snapshot, after: Snapshot, site: SiteName, index: SiteIndex, options: PlanOptions = {}): PublishPlan {
  const old = forSite(before, site)
  const next = forSite(after, site)
  const diff = diffSnapshots(old, next)
  if (diff.siteSettings) return { kind: 'full', reason: 'de site-instellingen zijn gewijzigd' }
  const unknown = diff.documents.find((change) => !PAGE_KINDS[change.collection])
  if (unknown) return { kind: 'full', reason: `${unknown.collection} hebben geen eigen pagina's` }

  const oldOwn = new Set<string>()
  const newOwn = new Set<string>()
  const render = new Set<string>()
  const linkersOf = (paths: Iterable<string>) => {
    for (const p of paths) for (const from of index.linkedFrom.get(p) ?? []) render.add(from)
  }
  const owned = ownedPaths(before, site, old)
  const referring = [referrersOf(before, site, old), referrersOf(after, site, next, { snapshot: before, changes: diff.documents })]
  const listed = new Set<SnapshotCollection>()
  for (const change of diff.documents) {
    const was = pathsOf(change.collection, change.before, site)
    const is = pathsOf(change.collection, change.after, site)
    for (const p of was) oldOwn.add(p)
    for (const p of is) newOwn.add(p)
    const reach = reachOf(change)
    if (reach !== 'own') {
      linkersOf(was)
      for (const map of referring)
        for (const { collection, doc } of map.get(docKey(change.collection, change.id)) ?? [])
          for (const p of pathsOf(collection, doc, site)) render.add(p)
    }
    if (reach === 'lists' && change.after) listed.add(change.collection)
  }
  if (listed.size) {
    const allOwned = new Set([...owned.values()].flatMap((paths) => [...paths]))
    for (const page of index.pages) if (!allOwned.has(page)) render.add(page)
    for (const collection of listed) linkersOf(owned.get(collection) ?? [])
  }
  for (const p of newOwn) render.add(p)
  const remove = [...oldOwn].filter((p) => !newOwn.has(p))
  for (const p of remove) render.delete(p)
  // Pages of unchanged documents that the index does not know are not ours to render.
  const pages = [...render].filter((p) => newOwn.has(p) || index.pages.has(p)).sort()
  const maxPages = options.maxPages ?? Number.POSITIVE_INFINITY
  if (pages.length > maxPages) return { kind: 'full', reason: `${pages.length} pagina's geraakt (meer dan ${maxPages})` }
  const kinds = [...new Set(diff.documents.map((change) => change.collection))]
  const later = pages.filter((p) => !newOwn.has(p) && kinds.some((collection) => owned.get(collection)?.has(p)))
  return {
    kind: 'pages',
    render: pages,
    remove: remove.sort(),
    later,
    documents: diff.documents.map((c) => `${c.collection}:${c.id}`),
  }
}
