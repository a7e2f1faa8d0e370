/** The after-build steps one page or file at a time, for the incremental publish (packages/site-publish, scripts/publish). */
export { hostHeaderFiles } from './host-header-files'
export { pageFacts, type PageFacts } from './page-facts'
export { robotsTxt, sitemapXml } from './sitemap'
