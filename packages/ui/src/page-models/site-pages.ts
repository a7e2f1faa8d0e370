import type { Snapshot } from '@vsp/content-models'
import { modulesOfCourse, type SiteName } from '../content/selectors'
import { hasThemePage, siteUrls } from '../content/urls'
import { checklistPage } from './checklist-page'
import { lessonPage, modulePage } from './course-pages'
import type { PageSearch } from './page-document'
import { stappenplanPage } from './stappenplan-page'
import { themePage } from './theme-page'
import { toolPage } from './tool-page'
import { videoPage } from './video-page'

/** The search part of every page of content a site has (content: the site's share, forSite). */
export function contentPages(content: Snapshot, site: SiteName): PageSearch[] {
  const urls = siteUrls(site)
  const pages: PageSearch[] = content.themes
    .filter((theme) => hasThemePage(site, theme))
    .map((theme) => themePage(content, theme, urls, site).search)
  if (site === 'helpers')
    pages.push(...content.checklists.map((checklist) => checklistPage(content, checklist, siteUrls('helpers')).search))
  else pages.push(...content.stappenplannen.map((plan) => stappenplanPage(plan, siteUrls('professionals')).search))
  pages.push(...content.videos.map((video) => videoPage(video, urls).search))
  for (const course of content.courses) {
    for (const mod of modulesOfCourse(content, course.id)) {
      pages.push(modulePage(mod, urls).search, ...mod.lessons.map((_, i) => lessonPage(mod, i, urls).search))
    }
  }
  pages.push(...content.tools.map((tool) => toolPage(tool, urls).search))
  return pages
}
