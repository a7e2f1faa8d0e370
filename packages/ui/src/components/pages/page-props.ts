import type { Crumb } from '../../seo/json-ld'

/** What every page hands its site's layout (the site's Page.astro passes it on to BaseLayout). */
export interface PageProps {
  title: string
  description?: string | null
  crumbs?: Crumb[]
  jsonLd?: unknown[]
  ogImage?: string
  ogType?: string
  noindex?: boolean
  /** Shown to search as the page's kind and section (data attributes on main). */
  kind?: string
  section?: string
}

/**
 * A site's layout component (its Page.astro), handed to the shared page components so that each
 * site keeps its own chrome, tokens and footer while the page body lives once.
 */
// Astro components have no public type of their own; this is what rendering one needs.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
// biome-ignore lint/suspicious/noExplicitAny: an Astro component's return type is not exported
export type SiteLayout = (props: PageProps) => any
