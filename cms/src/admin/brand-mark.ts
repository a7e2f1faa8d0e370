/**
 * The organisation's mark for the admin: the helpers site's own favicon (sites/helpers/public),
 * read from the file rather than drawn again, as a data: URL (the admin's CSP allows data:
 * images). Undefined when the file is not there; the admin then shows the name alone.
 */
import fs from 'node:fs'
import path from 'node:path'
import { cmsDir } from '../lib/paths'

export const BRAND_MARK_FILE = path.join(cmsDir, '..', 'sites', 'helpers', 'public', 'favicon.svg')

let cached: string | null | undefined

export function brandMarkDataUrl(file = BRAND_MARK_FILE): string | undefined {
  if (cached === undefined || file !== BRAND_MARK_FILE) {
    const svg = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null
    const url = svg ? `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}` : null
    if (file !== BRAND_MARK_FILE) return url ?? undefined
    cached = url
  }
  return cached ?? undefined
}

/** The browser tab's icon in the admin: the same mark instead of Payload's. */
export function adminIcons(): { rel: string; type: string; url: string }[] {
  const url = brandMarkDataUrl()
  return url ? [{ rel: 'icon', type: 'image/svg+xml', url }] : []
}
