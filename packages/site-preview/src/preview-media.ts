import { mkdirSync, mkdtempSync } from 'node:fs'
import { rename, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type { Media } from '@vsp/content-models'
import { imageVariants, type ImageVariant } from '@vsp/ui'
import { addMediaDir, mediaFile } from '@vsp/ui/build'

/** Where the preview serves the images of a draft: `/voorbeeld/img/<file>?token=…`. */
export const PREVIEW_IMAGE_PREFIX = '/voorbeeld/img/'

/**
 * The variant files of a draft's images, each with the preview address that replaces the
 * site's `/img/` one. A draft's image need not be on the site (a new upload, or one no published
 * page shows), so the preview serves them all, to the holder of the token only.
 */
export function previewImages(media: readonly Media[], token: string): Map<string, { variant: ImageVariant; src: string }> {
  const images = new Map<string, { variant: ImageVariant; src: string }>()
  for (const record of media) {
    for (const variant of imageVariants(record)) {
      images.set(variant.file, { variant, src: `${PREVIEW_IMAGE_PREFIX}${variant.file}?token=${encodeURIComponent(token)}` })
    }
  }
  return images
}

/** The rendered page with its draft images pointing at the preview instead of the site's `/img/`. */
export function withPreviewImages(html: string, images: ReturnType<typeof previewImages>): string {
  if (!images.size) return html
  const files = [...images.keys()].map((file) => file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  return html.replace(new RegExp(`/img/(${files.join('|')})(?=[\\s"',])`, 'g'), (_, file: string) => images.get(file)!.src)
}

/**
 * Originals of a draft's images, fetched from the CMS with the preview token into a folder of
 * this process (never the site's dist or MEDIA_DIR), where the renderer finds them too.
 */
export function draftMediaFiles(cmsUrl: string, dir = mkdtempSync(path.join(os.tmpdir(), 'vsp-preview-media-'))) {
  mkdirSync(dir, { recursive: true })
  addMediaDir(dir)
  // The page and its images are asked for at once: one download per file, the others wait on it.
  const downloading = new Map<string, Promise<void>>()
  const download = async (record: Media, token: string, filename: string): Promise<void> => {
    const query = `token=${encodeURIComponent(token)}&id=${encodeURIComponent(String(record.id))}`
    const answer = await fetch(`${cmsUrl}/api/preview/media?${query}`)
    if (!answer.ok) return // the page goes without this image, as a build does
    const target = path.join(dir, path.basename(filename))
    const part = `${target}.${process.pid}.part`
    await writeFile(part, new Uint8Array(await answer.arrayBuffer()))
    await rename(part, target)
  }
  return async (media: readonly Media[], token: string): Promise<void> => {
    for (const record of media) {
      const { filename } = record
      if (!filename || mediaFile(filename)) continue
      let pending = downloading.get(filename)
      if (!pending) {
        pending = download(record, token, filename).finally(() => downloading.delete(filename))
        downloading.set(filename, pending)
      }
      await pending
    }
  }
}
