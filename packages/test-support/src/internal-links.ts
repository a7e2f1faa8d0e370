/**
 * A crawl of a built site on disk: every internal href, src and srcset of every HTML page must
 * point at a file of the build, and every #anchor at an id on the page it names. Test code:
 * the site tests run it on both sites built from the fixture and from the seed.
 */
import { existsSync, readFileSync } from 'node:fs'
import { readdir } from 'node:fs/promises'
import path from 'node:path'

export interface BrokenLink {
  page: string
  link: string
  reason: 'geen pagina' | 'geen anker'
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&quot;': '"', '&#39;': "'", '&lt;': '<', '&gt;': '>' }
const decode = (value: string) => value.replace(/&(?:amp|quot|#39|lt|gt);/g, (m) => ENTITIES[m])

/** The link targets of one page: href, src and every URL of a srcset. */
export function linksIn(html: string): string[] {
  const links: string[] = []
  for (const m of html.matchAll(/\s(href|src|srcset)=(?:"([^"]*)"|'([^']*)')/g)) {
    const value = decode(m[2] ?? m[3] ?? '')
    if (m[1] === 'srcset')
      links.push(
        ...value
          .split(',')
          .map((part) => part.trim().split(/\s+/)[0])
          .filter(Boolean),
      )
    else links.push(value)
  }
  return links
}

/** The ids a page offers as anchors (id="…" and the old name="…" on a). */
export function anchorsIn(html: string): Set<string> {
  return new Set([...html.matchAll(/\s(?:id|name)="([^"]+)"/g)].map((m) => decode(m[1])))
}

/** The site path of a link on `page`, or null when it leaves the site (other host, tel:, mailto:). */
export function internalTarget(link: string, page: string, origin: string): URL | null {
  if (!link || /^(?:mailto|tel|data|javascript):/i.test(link)) return null
  let url: URL
  try {
    url = new URL(link, new URL(page, origin))
  } catch {
    return null
  }
  return url.origin === new URL(origin).origin ? url : null
}

/** The file that answers a site path in a static build (`/a/` is `/a/index.html`). */
function fileFor(outDir: string, pathname: string): string | null {
  const file = path.join(outDir, decodeURIComponent(pathname))
  const candidate = pathname.endsWith('/') ? path.join(file, 'index.html') : file
  return existsSync(candidate) && !candidate.endsWith(path.sep) ? candidate : null
}

async function htmlPages(outDir: string): Promise<string[]> {
  const entries = await readdir(outDir, { withFileTypes: true, recursive: true })
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => `/${path.relative(outDir, path.join(e.parentPath, e.name)).split(path.sep).join('/')}`)
    .map((p) => (p.endsWith('/index.html') ? p.slice(0, -'index.html'.length) : p))
}

/** Every broken internal link of the built site in outDir; `origin` is the site's own (config `site`). */
export async function brokenInternalLinks(outDir: string, origin: string): Promise<{ pages: number; links: number; broken: BrokenLink[] }> {
  const broken: BrokenLink[] = []
  const anchors = new Map<string, Set<string>>()
  const anchorsOf = (file: string) => {
    if (!anchors.has(file)) anchors.set(file, file.endsWith('.html') ? anchorsIn(readFileSync(file, 'utf8')) : new Set())
    return anchors.get(file)!
  }
  const pages = await htmlPages(outDir)
  let links = 0
  for (const page of pages) {
    const html = readFileSync(fileFor(outDir, page)!, 'utf8')
    for (const link of linksIn(html)) {
      const target = internalTarget(link, page, origin)
      if (!target) continue
      links++
      const file = fileFor(outDir, target.pathname)
      if (!file) {
        broken.push({ page, link, reason: 'geen pagina' })
        continue
      }
      const anchor = decodeURIComponent(target.hash.slice(1))
      if (anchor && !anchorsOf(file).has(anchor)) broken.push({ page, link, reason: 'geen anker' })
    }
  }
  return { pages: pages.length, links, broken }
}
