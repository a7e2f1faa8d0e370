/** Helpers the tests of every workspace share: site builds, the fixture, a browser, a static server. */
export { buildSite, buildSiteOrThrow, builtPages, type BuildResult } from './build-site'
export { FIXTURE_MEDIA, FIXTURE_SNAPSHOT, SITES_DIR } from './fixtures'
export { useFixtureSites, type FixtureSites } from './fixture-sites'
export { demoUsers } from './demo-users'
export { brokenInternalLinks, internalTarget, linksIn } from './internal-links'
export { hydrated, launchChromium, tabTo, WCAG_22_AA } from './browser'
export { serveStatic } from './static-server'
export { PAGE_LANES, visitInLanes } from './page-lanes'
