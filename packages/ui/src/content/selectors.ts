import {
  CONTENT_TYPES,
  SNAPSHOT_COLLECTIONS,
  type Checklist,
  type CourseModule,
  type Id,
  type Media,
  type SiteName,
  type Snapshot,
  type Theme,
  type ThemeSection,
} from '@vsp/content-models'
import { compareNl, groupBy, perList } from './memo'
import { hasThemePage } from './urls'

export type { SiteName }

type SiteDoc = { site?: unknown }
const onSite = (site: SiteName) => (doc: SiteDoc) => doc.site === site || doc.site === 'both'

/**
 * The snapshot with only what belongs on one site. Built from the content-types table, not by
 * copying the snapshot: a per-site collection keeps its own and 'both' documents (a document
 * without a site is dropped), a shared one (media) is kept whole, and anything the table does not
 * list as a snapshot collection is left out. Themes the site has no page for are left out too, so
 * every theme of a site's content has a URL (`siteUrls(site).theme`).
 */
export function forSite(snapshot: Snapshot, site: SiteName): Snapshot {
  const keep = onSite(site)
  const collections = Object.fromEntries(
    SNAPSHOT_COLLECTIONS.map((slug) => {
      const docs: readonly object[] = snapshot[slug] ?? []
      return [slug, CONTENT_TYPES[slug].perSite ? docs.filter((doc) => keep(doc as SiteDoc)) : docs]
    }),
  )
  const content = { generatedAt: snapshot.generatedAt, siteSettings: snapshot.siteSettings, ...collections } as Snapshot
  return { ...content, themes: content.themes.filter((theme) => hasThemePage(site, theme)) }
}

/** The id of a relationship, whether it is stored as an id or as a populated document. */
export function refId(ref: unknown): Id | undefined {
  if (typeof ref === 'number' || typeof ref === 'string') return ref
  if (ref && typeof ref === 'object' && 'id' in ref) return (ref as { id: Id }).id
  return undefined
}

/** The documents of a list by id (as a string); the first of equal ids, as `find` would give. */
const byId = perList((docs: readonly { id: Id }[]) => {
  const map = new Map<string, { id: Id }>()
  for (const doc of docs) if (!map.has(String(doc.id))) map.set(String(doc.id), doc)
  return map
})

/** Resolves a relationship to a document of the list; ids compare as strings (1 and "1"). */
export function resolveRef<T extends { id: Id }>(ref: unknown, docs: readonly T[]): T | undefined {
  const id = refId(ref)
  if (id === undefined) return undefined
  return byId(docs).get(String(id)) as T | undefined
}

export function mediaById(snapshot: Snapshot, ref: unknown): Media | undefined {
  return resolveRef(ref, snapshot.media)
}

const byOrderThenTitle = (a: Theme, b: Theme) => (a.order ?? 0) - (b.order ?? 0) || compareNl(a.title, b.title)

/** Every section's themes in reading order, and every delict's, sorted once per themes list. */
const themeGroups = perList((themes: readonly Theme[]) => {
  const sorted = [...themes].sort(byOrderThenTitle)
  return { bySection: groupBy(sorted, (theme) => [theme.section]), byDelict: groupBy(sorted, (theme) => new Set(theme.delicts ?? [])) }
})

export function themesInSection(snapshot: Snapshot, section: ThemeSection): Theme[] {
  return [...(themeGroups(snapshot.themes).bySection.get(section) ?? [])]
}

/**
 * The checklist's items in the order the editor gave them, under a theme heading for each run of
 * items with the same theme. Items are never moved: a theme that comes back later in the list
 * gets its heading again, so the site shows what the admin shows (cms: the Checklists "Punten").
 */
export function checklistGroups(snapshot: Snapshot, checklist: Checklist) {
  const groups: { theme: Theme | undefined; items: Checklist['items'] }[] = []
  for (const item of checklist.items) {
    const theme = resolveRef(item.theme, snapshot.themes)
    const last = groups.at(-1)
    if (last && String(last.theme?.id) === String(theme?.id)) last.items.push(item)
    else groups.push({ theme, items: [item] })
  }
  return groups
}

const checklistsByDelict = perList((checklists: readonly Checklist[]) => groupBy(checklists, (c) => [c.delict]))

/** Checklists and themes about the same delict: what a visitor may want to read next. */
export function relatedToDelict(snapshot: Snapshot, delict: string, except?: Id) {
  return {
    checklists: (checklistsByDelict(snapshot.checklists).get(delict) ?? []).filter((c) => String(c.id) !== String(except)),
    themes: [...(themeGroups(snapshot.themes).byDelict.get(delict) ?? [])],
  }
}

/** Course modules of one course, in their order. */
export function modulesOfCourse(snapshot: Snapshot, courseId: Id): CourseModule[] {
  return snapshot['course-modules'].filter((m) => String(refId(m.course)) === String(courseId)).sort((a, b) => a.order - b.order)
}

const sortedByTitle = perList((docs: readonly { title: string }[]) => [...docs].sort((a, b) => compareNl(a.title, b.title)))

export function sortByTitle<T extends { title: string }>(docs: readonly T[]): T[] {
  return [...sortedByTitle(docs)] as T[]
}
