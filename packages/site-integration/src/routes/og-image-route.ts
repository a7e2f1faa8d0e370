import type { APIRoute, GetStaticPaths } from 'astro'
import type { LandingPage, SiteName } from '@vsp/content-models'
import { landingView, siteUrls, type ContentLoader } from '@vsp/ui'
import { ogSourceFile, renderOgImage } from '@vsp/ui/build'

/**
 * `/lp/[slug]/og.jpg`: the share image written next to each landing page. A shared route
 * (routes/lp/[slug]/og.jpg.ts), injected into both sites.
 */
export function ogImageRoute(
  getContent: ContentLoader,
  site: SiteName,
  siteName: string,
): { getStaticPaths: GetStaticPaths; GET: APIRoute } {
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
