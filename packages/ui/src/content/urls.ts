import type { Checklist, CourseModule, Stappenplan, Theme, Video } from '@vsp/content-models'
import type { SiteName } from './selectors'

/** Where each kind of document lives on a site; the one place page routes and links agree on. */
export interface SiteUrls {
  theme(theme: Pick<Theme, 'section' | 'slug'>): string | undefined
  section(section: string): string | undefined
  checklist(checklist: Pick<Checklist, 'slug'>): string
  video(video: Pick<Video, 'slug'>): string
  stappenplan(plan: Pick<Stappenplan, 'slug'>): string
  courseHome: string
  module(module: Pick<CourseModule, 'slug'>): string
  lesson(module: Pick<CourseModule, 'slug'>, index: number): string
  /** Fixed pages every site has (footer, crawl test). */
  contact: string
  privacy: string
  accessibility: string
  /** Helpers only: what "Snel weg" does and does not do, and how to browse privately. */
  safety: string | undefined
}

export const HELPER_SECTIONS = [
  'iemand-ondersteunen',
  'goed-voor-uzelf-zorgen',
  'hoe-doen-anderen-het',
  'begeleiding-en-cursus',
] as const
export const PROFESSIONAL_PAGE_SECTIONS = [
  'praktische-ondersteuning',
  'doorverwijzen',
  'trainingen',
  'kennis-en-onderzoek',
] as const

/** Slugs of fixed professionals pages, which a theme page at `/<slug>/` must not take. */
export const RESERVED_PROFESSIONAL_SLUGS = [
  'situaties',
  'sectoren',
  'stappenplannen',
  'trainingen',
  'advieslijn',
  'videos',
  'zoeken',
  'img',
  'search',
  'tools',
  'contact',
  'privacy',
  'toegankelijkheid',
]

const includes = (list: readonly string[], value: string) => list.includes(value)

export function siteUrls(site: SiteName): SiteUrls {
  const courseHome = site === 'helpers' ? '/cursus/' : '/trainingen/'
  return {
    theme(theme) {
      if (site === 'helpers') {
        return includes(HELPER_SECTIONS, theme.section) ? `/${theme.section}/${theme.slug}/` : undefined
      }
      if (theme.section === 'situatie') return `/situaties/${theme.slug}/`
      if (theme.section === 'sector') return `/sectoren/${theme.slug}/`
      if (includes(PROFESSIONAL_PAGE_SECTIONS, theme.section) && !RESERVED_PROFESSIONAL_SLUGS.includes(theme.slug)) {
        return `/${theme.slug}/`
      }
      return undefined
    },
    section(section) {
      if (site === 'helpers') return includes(HELPER_SECTIONS, section) ? `/${section}/` : undefined
      if (section === 'situatie') return '/situaties/'
      if (section === 'sector') return '/sectoren/'
      return undefined
    },
    checklist: (c) => `/checklists/${c.slug}/`,
    video: (v) => `/videos/${v.slug}/`,
    stappenplan: (p) => `/stappenplannen/${p.slug}/`,
    courseHome,
    module: (m) => `${courseHome}${m.slug}/`,
    lesson: (m, index) => `${courseHome}${m.slug}/${index + 1}/`,
    contact: '/contact/',
    privacy: '/privacy/',
    accessibility: '/toegankelijkheid/',
    safety: site === 'helpers' ? '/veilig-browsen/' : undefined,
  }
}
