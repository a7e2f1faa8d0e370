import type { APIRoute, GetStaticPaths } from 'astro'
import type { Media, Snapshot } from '@vsp/content-models'
import { landingMedia, mediaById, type ContentLoader, type ImageVariant } from '@vsp/ui'
import { availableVariants, renderVariant } from '@vsp/ui/build'

/** Media a site shows: the video posters and the images of its landing pages. */
export function usedMedia(content: Snapshot): Media[] {
  const posters = content.videos.map((v) => mediaById(content, v.poster)).filter((m): m is Media => Boolean(m))
  return [...new Map([...posters, ...landingMedia(content)].map((m) => [String(m.id), m])).values()]
}

/**
 * The `/img/[file]` endpoint of a site: resized copies of the media it shows, written into dist
 * so the CMS is never asked. The site's route file only does
 * `export const { getStaticPaths, GET } = imageRoute(getContent)`.
 */
export function imageRoute(getContent: ContentLoader): { getStaticPaths: GetStaticPaths; GET: APIRoute } {
  return {
    getStaticPaths: async () =>
      usedMedia(await getContent()).flatMap((media) =>
        availableVariants(media).map((variant) => ({ params: { file: variant.file }, props: { variant } })),
      ),
    GET: async ({ props }) =>
      new Response(new Uint8Array(await renderVariant((props as { variant: ImageVariant }).variant)), {
        headers: { 'Content-Type': 'image/webp' },
      }),
  }
}
