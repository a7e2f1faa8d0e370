import { existsSync } from 'node:fs'
import path from 'node:path'
import sharp from 'sharp'
import type { Media } from '@vsp/content-models'
import { imageVariants, responsiveImage, type ImageVariant, type ResponsiveImage } from '../media/image-variants'

/** Folder of the CMS's uploaded files; the built site copies from here and never asks the CMS. */
export function mediaDir(): string {
  return process.env.MEDIA_DIR ?? path.resolve(process.cwd(), '../../cms/data/media')
}

/** Variants whose original file is on disk; a missing file means the page goes without image. */
export function availableVariants(media: Media): ImageVariant[] {
  if (!media.filename || !existsSync(path.join(mediaDir(), media.filename))) return []
  return imageVariants(media)
}

export function imageFor(media: Media | undefined): ResponsiveImage | undefined {
  return media ? responsiveImage(media, availableVariants(media)) : undefined
}

export async function renderVariant(variant: ImageVariant): Promise<Buffer> {
  return sharp(path.join(mediaDir(), variant.source))
    .resize({ width: variant.width, withoutEnlargement: true })
    .webp({ quality: 78 })
    .toBuffer()
}
