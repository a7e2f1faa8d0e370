// The site's own modules, as the shared routes see them (aliases set by the integration; shared-routes.ts).
declare module '#site-content' {
  import type { Snapshot } from '@vsp/content-models'
  import type { SiteName } from '@vsp/content-models'
  import type { SiteUrls } from '@vsp/ui'
  /** The site's published content, validated and filtered to the site. */
  export const getContent: () => Promise<Snapshot>
  export const urls: SiteUrls
  /** Which site this is, and its name in titles and the share image. */
  export const SITE: SiteName
  export const SITE_NAME: string
}
declare module '#site-layout' {
  import type { SiteLayout } from '@vsp/ui/components/pages/page-props.ts'
  const Page: SiteLayout
  export default Page
}
