/**
 * What the site integration (@vsp/site-integration) needs from the UI for its after-build steps,
 * from modules that import nothing else (not even the content models). The integration is
 * loaded with the Astro config, before the build starts; the package's index there loaded the
 * rich-text pipeline and every page model into the main thread for nothing (the pages are
 * rendered from their own bundle). The content loader takes `@vsp/ui/load-content`.
 */
export { islandApiBase, newsletterSubscribeUrl } from '../content/api-addresses'
export { statsApi } from '../content/stats-api'
export { pageText } from '../page-models/page-text'
export { FAVICON_FILES } from './favicon-files'
export { VIDEO_EMBED_ORIGINS } from '../media/video-origins'
