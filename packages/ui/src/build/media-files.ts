import { existsSync } from 'node:fs'
import path from 'node:path'
import sharp from 'sharp'
import type { Media } from '@vsp/content-models'
import { imageVariants, responsiveImage, type ImageVariant, type ResponsiveImage } from '../media/image-variants'

/** Folder of the CMS's uploaded files; the built site copies from here and never asks the CMS. */
export function mediaDir(): string {
  return process.env.MEDIA_DIR ?? path.resolve(process.cwd(), '../../cms/data/media')
}

/**
 * Folders besides MEDIA_DIR with originals, for on-demand renders: the draft preview keeps there
 * the images a draft refers to that are not on the site yet (packages/site-preview). On
 * globalThis, because the renderer's server bundle holds its own copy of this module.
 */
const EXTRA_DIRS = Symbol.for('vsp.extra-media-dirs')
const holder = globalThis as typeof globalThis & { [EXTRA_DIRS]?: Set<string> }

/** Lets this process's renders also find originals in `dir` (never called by a site build). */
export function addMediaDir(dir: string): void {
  ;(holder[EXTRA_DIRS] ??= new Set()).add(dir)
}

/** Where the original of a media file is on disk, if anywhere. */
export function mediaFile(filename: string): string | undefined {
  const name = path.basename(filename)
  return [mediaDir(), ...(holder[EXTRA_DIRS] ?? [])].map((dir) => path.join(dir, name)).find((file) => existsSync(file))
}

/** Variants whose original file is on disk; a missing file means the page goes without image. */
export function availableVariants(media: Media): ImageVariant[] {
  if (!media.filename || !mediaFile(media.filename)) return []
  return imageVariants(media)
}

export function imageFor(media: Media | undefined): ResponsiveImage | undefined {
  return media ? responsiveImage(media, availableVariants(media)) : undefined
}

export async function renderVariant(variant: ImageVariant): Promise<Buffer> {
  return sharp(mediaFile(variant.source) ?? path.join(mediaDir(), variant.source))
    .resize({ width: variant.width, withoutEnlargement: true })
    .webp({ quality: 78 })
    .toBuffer()
}
