import { existsSync } from 'node:fs'
import path from 'node:path'
import sharp from 'sharp'
import type { Media, SiteName } from '@vsp/content-models'
import { OG_IMAGE } from '../content/landing'
import { mediaDir } from './media-files'

/** The site's heading colour (tokens.css): the band behind the title, or the whole image. */
export const OG_COLOURS: Record<SiteName, string> = { helpers: '#5a2d16', professionals: '#0b2a4a' }

const escapeXml = (s: string) => s.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`)

/** The title in lines of at most `width` characters; a title that does not fit ends in "…". */
export function titleLines(title: string, width = 30, max = 4): string[] {
  const lines: string[] = []
  for (const word of title.trim().split(/\s+/)) {
    const last = lines[lines.length - 1]
    if (last !== undefined && `${last} ${word}`.length <= width) lines[lines.length - 1] = `${last} ${word}`
    else lines.push(word.length > width ? `${word.slice(0, width - 1)}…` : word)
  }
  if (lines.length <= max) return lines
  const kept = lines.slice(0, max)
  kept[max - 1] = `${kept[max - 1].slice(0, width - 1).replace(/\s+\S*$/, '')}…`
  return kept
}

/** The original upload of the opening's image, when it is on disk. */
export function ogSourceFile(media: Media | undefined): string | undefined {
  if (!media?.filename) return undefined
  const file = path.join(mediaDir(), media.filename)
  return existsSync(file) ? file : undefined
}

/**
 * The share image of a landing page (Open Graph, 1200 × 630, JPEG): the opening's image filling
 * the frame with the title on a band in the site's colour, or the title on that colour alone.
 * Made with sharp at build time, so no service is asked and nothing is kept outside the site.
 */
export async function renderOgImage(options: { title: string; siteName: string; site: SiteName; image?: string }): Promise<Buffer> {
  const { width, height } = OG_IMAGE
  const colour = OG_COLOURS[options.site]
  const lines = titleLines(options.title)
  const lineHeight = 74
  const top = height - 120 - lines.length * lineHeight
  const text = lines
    .map(
      (line, i) =>
        `<text x="72" y="${top + (i + 1) * lineHeight}" font-size="62" font-family="DejaVu Sans, sans-serif" font-weight="700" fill="#ffffff">${escapeXml(line)}</text>`,
    )
    .join('')
  const band = options.image
    ? `<rect x="0" y="${top - 40}" width="${width}" height="${height - top + 40}" fill="${colour}" fill-opacity="0.88"/>`
    : ''
  const overlay = Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    ${band}${text}
    <text x="72" y="${height - 56}" font-size="30" font-family="DejaVu Sans, sans-serif" fill="#ffffff" fill-opacity="0.9">${escapeXml(options.siteName)}</text>
  </svg>`)
  const base = options.image
    ? sharp(options.image).resize(width, height, { fit: 'cover', position: 'attention' })
    : sharp({ create: { width, height, channels: 3, background: colour } })
  return base
    .composite([{ input: overlay, top: 0, left: 0 }])
    .flatten({ background: colour })
    .jpeg({ quality: 82, mozjpeg: true })
    .toBuffer()
}
