/**
 * The routes both sites have, written once in this package and injected into each site
 * (`injectRoute`), the way Astro's own integrations add theirs. A route file imports the site's
 * content and layout through two aliases the integration sets (site-modules.d.ts):
 * `#site-content` (the site's src/lib/content.ts: getContent, urls) and `#site-layout` (its
 * src/layouts/Page.astro). A site's own file under src/pages with the same pattern would clash;
 * sites/built-sites/pages.int.test.ts builds both and fails on a missing page.
 */
export const SHARED_ROUTES: readonly { pattern: string; file: string }[] = [
  { pattern: '/zoeken', file: 'zoeken.astro' },
  { pattern: '/videos', file: 'videos/index.astro' },
  { pattern: '/videos/[slug]', file: 'videos/[slug].astro' },
  { pattern: '/img/[file]', file: 'img/[file].ts' },
  { pattern: '/lp/[slug]', file: 'lp/[slug].astro' },
  { pattern: '/lp/[slug]/og.jpg', file: 'lp/[slug]/og.jpg.ts' },
  // Read back after the build for the search index's synonyms, then removed from dist.
  { pattern: '/search/synonyms.json', file: 'search/synonyms.json.ts' },
]

/** The files a site provides to the shared routes, relative to its root. */
export const SITE_MODULES = {
  '#site-content': 'src/lib/content.ts',
  '#site-layout': 'src/layouts/Page.astro',
} as const

/** The entrypoint of a shared route: a file in this package's routes folder. */
export function routeEntrypoint(file: string): URL {
  return new URL(`./routes/${file}`, import.meta.url)
}
