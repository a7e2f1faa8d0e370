import { getEntry } from 'astro:content'
import { readSnapshotFile } from '@vsp/site-integration/content-file'
import { cachedLoader, forSite, siteUrls } from '@vsp/ui'

export const SITE = 'professionals' as const
export const SITE_NAME = 'Platform voor Professionals'
export const urls = siteUrls(SITE)
/** The phone line this site names in its footer, statements and print header. */
export const LINE_NAME = 'advieslijn'
/** The course home's name, in titles and breadcrumbs. */
export const COURSE_LABEL = 'Trainingen'

/** This site's published content: validated by the content loader, read once per build. */
export const getContent = cachedLoader(async () => {
  const entry = await getEntry('snapshot', 'snapshot')
  if (!entry) throw new Error('Geen content: de content-loader heeft geen snapshot opgeslagen.')
  return forSite(await readSnapshotFile(entry.data), SITE)
})
