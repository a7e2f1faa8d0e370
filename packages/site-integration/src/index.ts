export { siteConfig, type SiteConfigOptions } from './astro-config'
export { siteIntegration, SYNONYMS_FILE } from './integration'
export { SHARED_ROUTES, SITE_MODULES } from './shared-routes'
