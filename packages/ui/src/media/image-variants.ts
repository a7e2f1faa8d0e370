import type { Media } from '@vsp/content-models'

/** One resized copy of a media file, written into the site's dist as `/img/<file>`. */
export interface ImageVariant {
  file: string
  width: number
  height: number
  source: string
}

export interface ResponsiveImage {
  src: string
  srcset: string
  width: number
  height: number
  alt: string
}

const MAX_WIDTH = 1600

function baseName(filename: string): string {
  return filename
    .replace(/\.[^.]+$/, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
}

/**
 * The widths a media document is served in: those of its CMS sizes plus the original (capped),
 * all as webp, computed from the original file. Pure: whether the file exists is asked elsewhere.
 */
export function imageVariants(media: Media): ImageVariant[] {
  if (!media.filename || !media.width || !media.height) return []
  const ratio = media.height / media.width
  const widths = new Set<number>()
  for (const size of Object.values(media.sizes ?? {})) {
    if (size.width && size.width < media.width) widths.add(size.width)
  }
  widths.add(Math.min(media.width, MAX_WIDTH))
  const name = `${baseName(media.filename)}-${media.id}`
  return [...widths]
    .sort((a, b) => a - b)
    .map((width) => ({ file: `${name}-${width}.webp`, width, height: Math.round(width * ratio), source: media.filename! }))
}

export function responsiveImage(media: Media, variants: ImageVariant[]): ResponsiveImage | undefined {
  if (!variants.length) return undefined
  const largest = variants[variants.length - 1]
  return {
    src: `/img/${largest.file}`,
    srcset: variants.map((v) => `/img/${v.file} ${v.width}w`).join(', '),
    width: largest.width,
    height: largest.height,
    alt: media.alt,
  }
}
