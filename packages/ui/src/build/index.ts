/**
 * Build-time parts of the UI that the sites' image routes and the preview use: the image files
 * the pages point to (sharp, Node I/O). The after-build steps take `@vsp/ui/integration`.
 */
export { addMediaDir, availableVariants, imageFor, mediaDir, mediaFile, renderVariant } from './media-files'
export { ogSourceFile, renderOgImage } from './og-image'
