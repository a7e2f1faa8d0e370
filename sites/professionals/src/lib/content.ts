import { getEntry } from 'astro:content'
import { readSnapshotFile } from '@vsp/site-integration/content-file'
import { siteContent } from '@vsp/site-integration/render'
import { siteUrls } from '@vsp/ui'

export const SITE = 'professionals' as const
export const SITE_NAME = 'Platform voor Professionals'
export const urls = siteUrls(SITE)
/** The phone line this site names in its footer, statements and print header. */
export const LINE_NAME = 'advieslijn'
/** The course home's name, in titles and breadcrumbs. */
export const COURSE_LABEL = 'Trainingen'

/**
 * This site's content: validated by the content loader and read once per build, or, when a page
 * is rendered on demand (the renderer build), the snapshot given to that render.
 */
export const getContent = siteContent(SITE, async () => {
  const entry = await getEntry('snapshot', 'snapshot')
  if (!entry) throw new Error('Geen content: de content-loader heeft geen snapshot opgeslagen.')
  return readSnapshotFile(entry.data)
})
