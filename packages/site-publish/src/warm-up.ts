import type { SiteName, Snapshot, SnapshotCollection } from '@vsp/content-models'
import { forSite } from '@vsp/ui'
import { PAGE_KINDS } from './page-kinds'

/** A page's route shape: its first folder and its depth (`/checklists/a/` → `checklists/2`). */
const shapeOf = (url: string) => {
  const parts = url.split('/').filter(Boolean)
  return `${parts[0] ?? ''}/${parts.length}`
}

/**
 * One address of each kind of page a site has, for a worker to render once at start and throw
 * away: the first render of a route loads its modules and runs its code unoptimised (at 10,000
 * pages ~0.3 s CPU for a checklist's first render, ~15 ms after; BENCHMARKS.md section 8).
 * Every path of the first document of each kind (a landing page's og.jpg, a module's lessons),
 * and one page per first folder and depth of the served pages (home, overviews, sections, 404).
 */
export function warmUpPaths(snapshot: Snapshot, site: SiteName, pages: Iterable<string>): string[] {
  const content = forSite(snapshot, site)
  const paths = new Set<string>()
  for (const [collection, kind] of Object.entries(PAGE_KINDS)) {
    const first = (content[collection as SnapshotCollection] as readonly Record<string, unknown>[] | undefined)?.find(
      (doc) => kind.paths(doc, site).length > 0,
    )
    for (const p of first ? kind.paths(first, site) : []) paths.add(p)
  }
  const shapes = new Set([...paths].map(shapeOf))
  for (const page of [...pages].sort()) {
    const shape = shapeOf(page)
    if (shapes.has(shape)) continue
    shapes.add(shape)
    paths.add(page)
  }
  return [...paths]
}
