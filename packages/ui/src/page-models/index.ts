/**
 * Page models: what a page shows (its heading, the line above it, its lead and sections) and the
 * text it gives search, computed from content by pure functions. The `.astro` pages render
 * from them, and the search-quality check builds its index from their `search` part.
 */
export { checklistPage, PRINT_CHECKLIST_LABEL, type ChecklistPage } from './checklist-page'
export { lessonPage, LESSONS_HEADING, moduleLevel, modulePage } from './course-pages'
export { organisationListText } from './organisations'
export { joinText, richContent, searchDocument, type PageSearch, type TextPart } from './page-document'
export { pageText, removeChrome, stripTags, SEARCH_IGNORE_ATTRIBUTE, type PageText } from './page-text'
export { contentPages } from './site-pages'
export { PRINT_PLAN_LABEL, stappenplanPage, type StappenplanPage } from './stappenplan-page'
export { themePage } from './theme-page'
export { NOSCRIPT_HEADING, outcomeSent, PRIVACY_LINK_LABEL, toolPage, toolPrivacyNote } from './tool-page'
export { TRANSCRIPT_HEADING, VIDEO_LOADS_LATER, videoEyebrow, videoPage } from './video-page'
