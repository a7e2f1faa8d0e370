/**
 * Build-time parts of the UI that the site integration (@vsp/site-integration) uses: the image
 * files the pages point to (sharp, Node I/O), the favicon names and the video hosts the CSP allows.
 */
export { FAVICON_FILES } from './favicon-files'
export { addMediaDir, availableVariants, imageFor, mediaDir, mediaFile, renderVariant } from './media-files'
export { VIDEO_EMBED_ORIGINS } from '../media/video-origins'
export { ogSourceFile, renderOgImage } from './og-image'
