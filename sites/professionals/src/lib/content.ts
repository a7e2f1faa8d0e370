import { readContent } from '#content-source'
import { cachedLoader, forSite, loadContent, siteUrls } from '@vsp/ui'

export const SITE = 'professionals' as const
export const SITE_NAME = 'Platform voor Professionals'
export const urls = siteUrls(SITE)

/** This site's published content, loaded and validated once per build. */
export const getContent = cachedLoader(async () => forSite(await loadContent(readContent), SITE))
