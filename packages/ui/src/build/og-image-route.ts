import type { APIRoute, GetStaticPaths } from 'astro'
import type { LandingPage, SiteName } from '@vsp/content-models'
import { landingView } from '../content/landing'
import type { ContentLoader } from '../content/static-paths'
import { siteUrls } from '../content/urls'
import { ogSourceFile, renderOgImage } from './og-image'

/**
 * `/lp/[slug]/og.jpg`: the share image written next to each landing page. The site's route
 * file only does `export const { getStaticPaths, GET } = ogImageRoute(getContent, SITE, SITE_NAME)`.
 */
export function ogImageRoute(getContent: ContentLoader, site: SiteName, siteName: string): { getStaticPaths: GetStaticPaths; GET: APIRoute } {
  return {
    getStaticPaths: async () => (await getContent())['landing-pages'].map((page) => ({ params: { slug: page.slug }, props: { page } })),
    GET: async ({ props }) => {
      const page = (props as { page: LandingPage }).page
      const view = landingView(await getContent(), site, siteUrls(site), page)
      const image = await renderOgImage({ title: view.seo.title, siteName, site, image: ogSourceFile(view.ogSource) })
      return new Response(new Uint8Array(image), { headers: { 'Content-Type': 'image/jpeg' } })
    },
  }
}
