/** All seed content in one place; the runner creates it in dependency order. */
export { checklists, helperCourse, helperThemes, helperTips, videos } from './helpers'
export { organisations, professionalCourse, professionalThemes, siteSettings, stappenplannen } from './professionals'
export { tools } from './tools'
export { landingPages } from './landing-pages'
