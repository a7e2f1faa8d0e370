import { getEntry } from 'astro:content'
import { readSnapshotFile } from '@vsp/site-integration/content-file'
import { cachedLoader, forSite, siteUrls } from '@vsp/ui'

export const SITE = 'helpers' as const
export const SITE_NAME = 'Voor de Helpers'
export const urls = siteUrls(SITE)
/** The phone line this site names in its footer, statements and print header. */
export const LINE_NAME = 'lijn voor helpers'
/** The course home's name, in titles and breadcrumbs. */
export const COURSE_LABEL = 'Online cursus'

/** This site's published content: validated by the content loader, read once per build. */
export const getContent = cachedLoader(async () => {
  const entry = await getEntry('snapshot', 'snapshot')
  if (!entry) throw new Error('Geen content: de content-loader heeft geen snapshot opgeslagen.')
  return forSite(await readSnapshotFile(entry.data), SITE)
})
