import type { APIRoute, GetStaticPaths } from 'astro'
import { availableVariants, renderVariant } from '@vsp/ui/build/media-files.ts'
import type { ImageVariant } from '@vsp/ui'
import { getContent } from '../../lib/content'
import { usedMedia } from '../../lib/media'

/** Resized copies of the media this site shows, written into dist so the CMS is never asked. */
export const getStaticPaths = (async () => {
  const content = await getContent()
  return usedMedia(content).flatMap((media) =>
    availableVariants(media).map((variant) => ({ params: { file: variant.file }, props: { variant } })),
  )
}) satisfies GetStaticPaths

export const GET: APIRoute = async ({ props }) =>
  new Response(new Uint8Array(await renderVariant((props as { variant: ImageVariant }).variant)), {
    headers: { 'Content-Type': 'image/webp' },
  })
