import type { APIRoute, GetStaticPaths } from 'astro'
import type { LandingPage, SiteName } from '@vsp/content-models'
import { landingView, siteUrls, type ContentLoader } from '@vsp/ui'
import { ogSourceFile, renderOgImage } from '@vsp/ui/build'
import { routeProps } from '../render'

/**
 * `/lp/[slug]/og.jpg`: the share image written next to each landing page. A shared route
 * (routes/lp/[slug]/og.jpg.ts), injected into both sites. The renderer build renders it on demand
 * too (the publish worker, after a landing page changed).
 */
export function ogImageRoute(
  getContent: ContentLoader,
  site: SiteName,
  siteName: string,
): { getStaticPaths: GetStaticPaths; GET: APIRoute } {
  const getStaticPaths = async () => (await getContent())['landing-pages'].map((page) => ({ params: { slug: page.slug }, props: { page } }))
  return {
    getStaticPaths,
    GET: async (context) => {
      const props = await routeProps<{ page: LandingPage }>(context, getStaticPaths)
      if (!props) return new Response(null, { status: 404 })
      const view = landingView(await getContent(), site, siteUrls(site), props.page)
      const image = await renderOgImage({ title: view.seo.title, siteName, site, image: ogSourceFile(view.ogSource) })
      return new Response(new Uint8Array(image), { headers: { 'Content-Type': 'image/jpeg' } })
    },
  }
}
