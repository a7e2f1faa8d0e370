/**
 * Which static sites show a document, so that changing it means rebuilding them. A site shows
 * only published content: a document counts when it is published now or was before (then it
 * has just been unpublished or changed). Saving a draft never counts, not even of a published
 * document: Payload then writes only a new version and leaves the published document as it
 * was, so the site would show nothing new, and an editor would think the draft went live.
 */
import { SITE_NAMES, type SiteName } from '@vsp/content-models'

export { SITE_NAMES, type SiteName }

interface Doc {
  site?: unknown
  _status?: unknown
}

/**
 * Collections without drafts whose documents any page may show (images). A new upload is not
 * on a page until a document that uses it is published, which rebuilds then.
 */
const ALWAYS_LIVE = new Set(['media'])

function sitesOf(doc: Doc | undefined): SiteName[] {
  if (doc?.site === 'helpers' || doc?.site === 'professionals') return [doc.site]
  return [...SITE_NAMES]
}

export type Operation = 'create' | 'update' | 'delete'

/** `draftSave`: the change was saved as a draft (see draft-save.ts), which no site shows. */
export function affectedSites(collection: string, operation: Operation, doc: Doc, previousDoc?: Doc, draftSave = false): SiteName[] {
  if (draftSave) return []
  if (ALWAYS_LIVE.has(collection)) return operation === 'create' ? [] : [...SITE_NAMES]
  const shown = [doc, previousDoc].filter((version): version is Doc => version?._status === 'published')
  return SITE_NAMES.filter((site) => shown.some((version) => sitesOf(version).includes(site)))
}
