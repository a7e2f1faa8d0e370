export { loadContent, cachedLoader } from './content/load-snapshot'
export {
  forSite,
  refId,
  resolveRef,
  mediaById,
  themesInSection,
  checklistGroups,
  relatedToDelict,
  modulesOfCourse,
  sortByTitle,
} from './content/selectors'
export type { SiteName } from './content/selectors'
export { pickRelated, RELATED_LIMIT } from './content/related'
export { sectionThemeCandidates, videoCandidates } from './content/related-candidates'
export type { RelatedCandidate, RelatedLink, RelatedSubject } from './content/related'
export { landingPaths, lessonPaths, modulePaths, videoPaths } from './content/static-paths'
export type { ContentLoader } from './content/static-paths'
export {
  siteUrls,
  hasThemePage,
  routeSegments,
  SITE_ROUTES,
  HELPER_SECTIONS,
  PROFESSIONAL_PAGE_SECTIONS,
  RESERVED_PROFESSIONAL_SLUGS,
} from './content/urls'
export type { SiteUrls, HelperUrls, ProfessionalUrls } from './content/urls'
export { progressKey, lessonKey } from './content/course'
export { breadcrumbList, howTo, videoObject, courseJsonLd, isoDuration, jsonLdString } from './seo/json-ld'
export type { Crumb } from './seo/json-ld'
export { videoPlayer, formatDuration } from './media/video-embed'
export type { VideoPlayer } from './media/video-embed'
export { imageVariants, responsiveImage } from './media/image-variants'
export type { ImageVariant, ResponsiveImage } from './media/image-variants'
export { blockViews, landingMedia, landingView, OG_IMAGE, RELATED_HEADING } from './content/landing'
export type { BlockView, LandingView, RelatedCard, SignupContext } from './content/landing'
export { DEFAULT_ISLAND_API, islandApiBase, newsletterSubscribeUrl } from './content/api-addresses'
export { DEFAULT_STATS_API, statsApi } from './content/stats-api'
export { CONSENT_MISSING } from './islands/newsletter/newsletter-submission'
