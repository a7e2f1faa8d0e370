import type { Checklist, CourseModule, LandingPage, SiteName, Stappenplan, Theme, Tool, Video } from '@vsp/content-models'

export const HELPER_SECTIONS = ['iemand-ondersteunen', 'goed-voor-uzelf-zorgen', 'hoe-doen-anderen-het', 'begeleiding-en-cursus'] as const
export const PROFESSIONAL_PAGE_SECTIONS = ['praktische-ondersteuning', 'doorverwijzen', 'trainingen', 'kennis-en-onderzoek'] as const

/**
 * Every route of each site, the one place page routes and links agree on: `pages` are fixed
 * pages, `folders` hold a page per document (`<folder><slug>/`), `assets` are files the build
 * writes (images, the search index). `urls.test.ts` compares this with each site's `src/pages`,
 * and the site build test with what is built.
 */
export const SITE_ROUTES = {
  helpers: {
    pages: {
      home: '/',
      search: '/zoeken/',
      tools: '/tools/',
      videos: '/videos/',
      courseHome: '/cursus/',
      checklists: '/checklists/',
      tips: '/tips/',
      shareTip: '/tips/delen/',
      contact: '/contact/',
      privacy: '/privacy/',
      accessibility: '/toegankelijkheid/',
      safety: '/veilig-browsen/',
    },
    folders: { tool: '/tools/', video: '/videos/', checklist: '/checklists/', module: '/cursus/', landing: '/lp/' },
    assets: ['/img/', '/search/'],
  },
  professionals: {
    pages: {
      home: '/',
      search: '/zoeken/',
      tools: '/tools/',
      videos: '/videos/',
      courseHome: '/trainingen/',
      stappenplannen: '/stappenplannen/',
      adviceLine: '/advieslijn/',
      contact: '/contact/',
      privacy: '/privacy/',
      accessibility: '/toegankelijkheid/',
    },
    folders: {
      tool: '/tools/',
      video: '/videos/',
      stappenplan: '/stappenplannen/',
      module: '/trainingen/',
      situation: '/situaties/',
      sector: '/sectoren/',
      landing: '/lp/',
    },
    assets: ['/img/', '/search/'],
  },
} as const

const firstSegment = (url: string) => url.split('/')[1]

/** The first path segment of every route of a site but the home page. */
export function routeSegments(site: SiteName): string[] {
  const routes = SITE_ROUTES[site]
  const urls = [...Object.values(routes.pages), ...Object.values(routes.folders), ...routes.assets]
  return [...new Set(urls.map(firstSegment).filter(Boolean))].sort()
}

/** Slugs a professionals theme page at `/<slug>/` must not take: they are the site's own routes. */
export const RESERVED_PROFESSIONAL_SLUGS: readonly string[] = routeSegments('professionals')

const includes = (list: readonly string[], value: string) => list.includes(value)

type ThemeRef = Pick<Theme, 'section' | 'slug'>

/** Where a theme's page is on a site, or undefined when the site has none for it. */
function themePath(site: SiteName, theme: ThemeRef): string | undefined {
  if (site === 'helpers') return includes(HELPER_SECTIONS, theme.section) ? `/${theme.section}/${theme.slug}/` : undefined
  const { situation, sector } = SITE_ROUTES.professionals.folders
  if (theme.section === 'situatie') return `${situation}${theme.slug}/`
  if (theme.section === 'sector') return `${sector}${theme.slug}/`
  if (includes(PROFESSIONAL_PAGE_SECTIONS, theme.section) && !RESERVED_PROFESSIONAL_SLUGS.includes(theme.slug)) return `/${theme.slug}/`
  return undefined
}

/** Whether a site builds a page for this theme; `forSite` keeps only the themes that have one. */
export function hasThemePage(site: SiteName, theme: ThemeRef): boolean {
  return themePath(site, theme) !== undefined
}

/** What every site has; shared components take this. */
export interface SiteUrls {
  home: string
  search: string
  tools: string
  videos: string
  courseHome: string
  /** Fixed pages every site has (footer, crawl test). */
  contact: string
  privacy: string
  accessibility: string
  /** Helpers only: what "Snel weg" does and does not do, and how to browse privately. */
  safety: string | undefined
  /** A theme of this site's content (see `forSite`); throws for a theme the site has no page for. */
  theme(theme: ThemeRef): string
  tool(tool: Pick<Tool, 'slug'>): string
  video(video: Pick<Video, 'slug'>): string
  checklist(checklist: Pick<Checklist, 'slug'>): string
  stappenplan(plan: Pick<Stappenplan, 'slug'>): string
  module(module: Pick<CourseModule, 'slug'>): string
  lesson(module: Pick<CourseModule, 'slug'>, index: number): string
  /** A marketer's landing page: `/lp/<slug>/`. */
  landing(page: Pick<LandingPage, 'slug'>): string
}
export interface HelperUrls extends SiteUrls {
  checklists: string
  tips: string
  shareTip: string
  safety: string
  /** A helper pillar's overview page. */
  section(section: string): string
}
export interface ProfessionalUrls extends SiteUrls {
  stappenplannen: string
  adviceLine: string
  /** The overview of situations or sectors. */
  section(section: 'situatie' | 'sector'): string
}

function commonUrls(site: SiteName): SiteUrls {
  const { pages, folders } = SITE_ROUTES[site]
  return {
    home: pages.home,
    search: pages.search,
    tools: pages.tools,
    videos: pages.videos,
    courseHome: pages.courseHome,
    contact: pages.contact,
    privacy: pages.privacy,
    accessibility: pages.accessibility,
    safety: 'safety' in pages ? pages.safety : undefined,
    theme(theme) {
      const url = themePath(site, theme)
      if (!url) throw new Error(`Thema "${theme.slug}" (sectie ${theme.section}) heeft geen pagina op de site ${site}.`)
      return url
    },
    tool: (t) => `${folders.tool}${t.slug}/`,
    video: (v) => `${folders.video}${v.slug}/`,
    checklist: (c) => `${SITE_ROUTES.helpers.folders.checklist}${c.slug}/`,
    stappenplan: (p) => `${SITE_ROUTES.professionals.folders.stappenplan}${p.slug}/`,
    module: (m) => `${folders.module}${m.slug}/`,
    lesson: (m, index) => `${folders.module}${m.slug}/${index + 1}/`,
    landing: (p) => `${folders.landing}${p.slug}/`,
  }
}

export function siteUrls(site: 'helpers'): HelperUrls
export function siteUrls(site: 'professionals'): ProfessionalUrls
export function siteUrls(site: SiteName): SiteUrls
export function siteUrls(site: SiteName): HelperUrls | ProfessionalUrls {
  if (site === 'professionals') {
    const { stappenplannen, adviceLine } = SITE_ROUTES.professionals.pages
    const { situation, sector } = SITE_ROUTES.professionals.folders
    return {
      ...commonUrls(site),
      stappenplannen,
      adviceLine,
      section: (section) => (section === 'situatie' ? situation : sector),
    } satisfies ProfessionalUrls
  }
  const { checklists, tips, shareTip, safety } = SITE_ROUTES.helpers.pages
  return {
    ...commonUrls(site),
    checklists,
    tips,
    shareTip,
    safety,
    section(section) {
      if (!includes(HELPER_SECTIONS, section)) throw new Error(`Sectie "${section}" heeft geen pagina op de site helpers.`)
      return `/${section}/`
    },
  } satisfies HelperUrls
}
