import { existsSync } from 'node:fs'
import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import sharp from 'sharp'
import { FAVICON_FILES } from '@vsp/ui/integration'
import { icoFromPngs } from './ico'

/**
 * After the build: favicon.ico (16 and 32 px) and apple-touch-icon.png (180 px) rendered from
 * the site's public/favicon.svg, for browsers and home screens that do not take an SVG icon.
 * So only the SVG is kept in the repository and the fallbacks cannot drift from it.
 */
export async function writeFaviconFallbacks(outDir: string): Promise<boolean> {
  const svgFile = path.join(outDir, FAVICON_FILES.svg)
  if (!existsSync(svgFile)) return false
  const svg = await readFile(svgFile)
  const png = (size: number) => sharp(svg, { density: 300 }).resize(size, size).png().toBuffer()
  const [small, large, touch] = await Promise.all([png(16), png(32), png(180)])
  await writeFile(
    path.join(outDir, FAVICON_FILES.ico),
    icoFromPngs([
      { size: 16, png: small },
      { size: 32, png: large },
    ]),
  )
  await writeFile(path.join(outDir, FAVICON_FILES.touch), touch)
  return true
}
