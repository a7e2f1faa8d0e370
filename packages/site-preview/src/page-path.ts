import type { SiteName } from '@vsp/content-models'
import { hasThemePage, siteUrls } from '@vsp/ui'

type Doc = { slug?: unknown; section?: unknown }

/** The page of the site that shows a document best: its own page, or the page that lists it. */
export function previewPath(site: SiteName, collection: string, doc: Doc): string {
  const urls = siteUrls(site)
  const slug = { slug: String(doc.slug ?? '') }
  switch (collection) {
    case 'checklists':
      return urls.checklist(slug)
    case 'stappenplannen':
      return urls.stappenplan(slug)
    case 'videos':
      return urls.video(slug)
    case 'tools':
      return urls.tool(slug)
    case 'course-modules':
      return urls.module(slug)
    case 'landing-pages':
      return urls.landing(slug)
    case 'courses':
      return urls.courseHome
    case 'themes': {
      const theme = { slug: slug.slug, section: String(doc.section ?? '') } as Parameters<typeof hasThemePage>[1]
      return hasThemePage(site, theme) ? urls.theme(theme) : urls.home
    }
    case 'organisations':
      return urls.contact
    case 'helper-tips':
      return 'tips' in urls ? String(urls.tips) : urls.home
    default:
      return urls.home
  }
}
