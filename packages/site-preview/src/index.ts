/** The draft preview on a site's own server (README). */
export { LIVE_SCRIPT_PATH } from './live-script'
export { mergeDraft } from './merge-draft'
export { previewPath } from './page-path'
export { PREVIEW_PREFIX, previewHandler, type PreviewOptions, type PreviewRequestHandler } from './preview-handler'
