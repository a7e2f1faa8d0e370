import type { Snapshot, Theme, Video } from '@vsp/content-models'
import type { RelatedCandidate } from './related'
import { sortByTitle, themesInSection } from './selectors'
import type { SiteUrls } from './urls'

/** `compute(list, urls)` once per list and per site's urls (both by identity, held weakly). */
function perListAndUrls<L extends object, V>(compute: (list: L, urls: SiteUrls) => V): (list: L, urls: SiteUrls) => V {
  const cache = new WeakMap<L, WeakMap<SiteUrls, V>>()
  return (list, urls) => {
    let byUrls = cache.get(list)
    if (!byUrls) cache.set(list, (byUrls = new WeakMap()))
    let value = byUrls.get(urls)
    if (value === undefined) byUrls.set(urls, (value = compute(list, urls)))
    return value
  }
}

const themeCandidates = perListAndUrls((themes: readonly Theme[], urls: SiteUrls) => {
  const content = { themes } as Snapshot
  const bySection = new Map<string, RelatedCandidate[]>()
  for (const section of new Set(themes.map((t) => t.section))) {
    bySection.set(
      section,
      themesInSection(content, section).map((t) => ({ href: urls.theme(t), title: t.title, section: t.section, topics: t.delicts })),
    )
  }
  return bySection
})

/**
 * A section's themes as "Lees ook" candidates, in reading order: made once per build, where each
 * theme page made all of them again (a thousand per page at 10,000 pages).
 */
export function sectionThemeCandidates(content: Snapshot, urls: SiteUrls, section: string): readonly RelatedCandidate[] {
  return themeCandidates(content.themes, urls).get(section) ?? []
}

const videoCandidateList = perListAndUrls((videos: readonly Video[], urls: SiteUrls) =>
  sortByTitle(videos).map((v) => ({ href: urls.video(v), title: v.title, section: v.kind })),
)

/** Every video as a "Meer video's" candidate, by title: made once per build, not once per video page. */
export function videoCandidates(content: Snapshot, urls: SiteUrls): readonly RelatedCandidate[] {
  return videoCandidateList(content.videos, urls)
}
