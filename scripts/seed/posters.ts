import sharp from 'sharp'

const escapeXml = (s: string) => s.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`)

/**
 * Video files are hosted elsewhere and not available offline, so the seed draws each poster
 * itself: a coloured 16:9 image with the video's title, as a PNG.
 */
export async function renderPoster(title: string, colour: string): Promise<Buffer> {
  const words = title.split(/\s+/)
  const lines: string[] = []
  for (const word of words) {
    const last = lines[lines.length - 1]
    if (last && `${last} ${word}`.length <= 26) lines[lines.length - 1] = `${last} ${word}`
    else lines.push(word)
  }
  const text = lines
    .slice(0, 4)
    .map(
      (line, i) =>
        `<text x="96" y="${300 + i * 92}" font-size="72" font-family="DejaVu Sans, sans-serif" font-weight="700" fill="#ffffff">${escapeXml(line)}</text>`,
    )
    .join('')
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="900">
    <rect width="1600" height="900" fill="${escapeXml(colour)}"/>
    <circle cx="1380" cy="720" r="120" fill="rgba(255,255,255,0.25)"/>
    <polygon points="1350,660 1350,780 1450,720" fill="#ffffff"/>
    ${text}
  </svg>`
  return sharp(Buffer.from(svg)).png({ compressionLevel: 9 }).toBuffer()
}

/**
 * The opening image of a seeded landing page: two overlapping circles on the site's colour, no
 * text (the heading is on the page). Also what the share image is made from.
 */
export async function renderIllustration(colour: string): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="900">
    <rect width="1600" height="900" fill="${escapeXml(colour)}"/>
    <circle cx="640" cy="450" r="260" fill="rgba(255,255,255,0.35)"/>
    <circle cx="960" cy="450" r="260" fill="rgba(255,255,255,0.55)"/>
  </svg>`
  return sharp(Buffer.from(svg)).png({ compressionLevel: 9 }).toBuffer()
}
