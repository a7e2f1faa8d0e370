/**
 * What the site integration (@vsp/site-integration) needs from the UI outside the pages: its
 * after-build steps and its content loader. Only modules that import little: the integration
 * is loaded with the Astro config and the loader in the content sync, both before the build
 * starts, and the package's index there loaded the rich-text pipeline and every page model into
 * the main thread for nothing (the pages are rendered from their own bundle).
 */
export { DEFAULT_ISLAND_API, islandApiBase, newsletterSubscribeUrl } from '../content/api-addresses'
export { statsApi } from '../content/stats-api'
export { pageText } from '../page-models/page-text'
export { loadContent } from '../content/load-snapshot'
export { FAVICON_FILES } from './favicon-files'
export { VIDEO_EMBED_ORIGINS } from '../media/video-origins'
