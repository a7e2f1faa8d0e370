import type { SiteName, SnapshotCollection } from '@vsp/content-models'
import { hasThemePage, siteUrls } from '@vsp/ui'

type Doc = Record<string, unknown>

/**
 * The collections whose documents have pages of their own, and how a change to a field reaches
 * other pages. `ownOnly`: fields only the document's own pages show (long text, review dates);
 * `card`: fields other pages show next to a link to the document (titles and summaries in
 * lists), which never decide whether or where a list shows it. Any other field (slug, site,
 * section, delict, order, theme, ...) may move the document into or out of a list, so such a
 * change is treated as a removal plus a creation. Titles of themes and videos are not `card`:
 * lists capped at eight (pickRelated) sort them by title. A collection not in this table (site
 * settings, organisations, courses, media, tips) makes the publish a full build.
 */
export interface PageKind {
  /** The URL paths of the document's own pages on one site (none when the site does not build it). */
  paths(doc: Doc, site: SiteName): string[]
  ownOnly: readonly string[]
  card: readonly string[]
}

const REVIEW_FIELDS = ['review', 'updatedAt', 'createdAt'] as const
const slugOf = (doc: Doc) => ({ slug: String(doc.slug) })

export const PAGE_KINDS: Partial<Record<SnapshotCollection, PageKind>> = {
  checklists: {
    paths: (doc, site) => (site === 'helpers' ? [siteUrls(site).checklist(slugOf(doc))] : []),
    ownOnly: ['intro', 'items', ...REVIEW_FIELDS],
    card: ['title', 'summary'],
  },
  themes: {
    paths: (doc, site) => {
      const theme = { slug: String(doc.slug), section: doc.section as never }
      return hasThemePage(site, theme) ? [siteUrls(site).theme(theme)] : []
    },
    ownOnly: ['body', ...REVIEW_FIELDS],
    card: ['summary'],
  },
  stappenplannen: {
    paths: (doc, site) => (site === 'professionals' ? [siteUrls(site).stappenplan(slugOf(doc))] : []),
    ownOnly: ['intro', 'phases', ...REVIEW_FIELDS],
    card: ['title', 'summary'],
  },
  videos: {
    paths: (doc, site) => [siteUrls(site).video(slugOf(doc))],
    ownOnly: ['transcript', 'captionsUrl', ...REVIEW_FIELDS],
    card: ['summary'],
  },
  'course-modules': {
    paths: (doc, site) => {
      const urls = siteUrls(site)
      const lessons = Array.isArray(doc.lessons) ? doc.lessons : []
      return [urls.module(slugOf(doc)), ...lessons.map((_, index) => urls.lesson(slugOf(doc), index))]
    },
    ownOnly: [...REVIEW_FIELDS],
    card: ['title', 'summary', 'lessons', 'durationMinutes'],
  },
  tools: {
    paths: (doc, site) => [siteUrls(site).tool(slugOf(doc))],
    ownOnly: ['definition', ...REVIEW_FIELDS],
    card: ['title', 'summary', 'intro'],
  },
  'landing-pages': {
    paths: (doc, site) => {
      const page = siteUrls(site).landing(slugOf(doc))
      return [page, `${page}og.jpg`]
    },
    ownOnly: ['blocks', 'seoTitle', 'seoDescription', 'channel', ...REVIEW_FIELDS],
    card: ['title', 'summary'],
  },
}
