import type { SiteName, Snapshot } from '@vsp/content-models'
import { cachedLoader, forSite } from '@vsp/ui'
import { renderSnapshot } from './render-context'

/**
 * A site's getContent: the snapshot of the current on-demand render when there is one
 * (render-context.ts), else the build's own entry, read once. Either way filtered to the site.
 */
export function siteContent(site: SiteName, loadPublished: () => Promise<Snapshot>): () => Promise<Snapshot> {
  const published = cachedLoader(async () => forSite(await loadPublished(), site))
  const perRender = new WeakMap<Snapshot, Snapshot>()
  return async () => {
    const given = renderSnapshot()
    if (!given) return published()
    let content = perRender.get(given)
    if (!content) {
      content = forSite(given, site)
      perRender.set(given, content)
    }
    return content
  }
}
