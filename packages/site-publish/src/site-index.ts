import type { SiteIndex } from './affected-pages'

/** The site-internal pages a page links to: `href`s of its links, without query or fragment. */
export function pageLinks(html: string): string[] {
  const links = new Set<string>()
  for (const match of html.matchAll(/<a\b[^>]*?\shref\s*=\s*(?:"([^"]*)"|'([^']*)')/gi)) {
    const href = (match[1] ?? match[2] ?? '').replace(/&amp;/g, '&')
    if (!href.startsWith('/') || href.startsWith('//')) continue
    const path = href.split(/[?#]/)[0]
    if (path) links.add(path)
  }
  return [...links]
}

/** A mutable site index: pages and the links between them, kept up to date as pages are rendered. */
export class LinkIndex implements SiteIndex {
  readonly pages = new Set<string>()
  readonly linkedFrom = new Map<string, Set<string>>()
  private readonly linksOf = new Map<string, string[]>()

  /** Records a page's links (replacing what the page linked to before). */
  set(page: string, links: readonly string[]): void {
    this.delete(page)
    this.pages.add(page)
    this.linksOf.set(page, [...links])
    for (const to of links) {
      let from = this.linkedFrom.get(to)
      if (!from) this.linkedFrom.set(to, (from = new Set()))
      from.add(page)
    }
  }

  delete(page: string): void {
    for (const to of this.linksOf.get(page) ?? []) this.linkedFrom.get(to)?.delete(page)
    this.linksOf.delete(page)
    this.pages.delete(page)
  }
}

/** The URL path of a built file: `checklists/a/index.html` → `/checklists/a/`. */
export function urlPathOf(relativeFile: string): string {
  const rel = relativeFile.split('\\').join('/')
  if (rel === 'index.html') return '/'
  return rel.endsWith('/index.html') ? `/${rel.slice(0, -'index.html'.length)}` : `/${rel}`
}

/** The file a URL path is written to: `/checklists/a/` → `checklists/a/index.html`. */
export function filePathOf(urlPath: string): string {
  const rel = urlPath.replace(/^\//, '')
  return rel === '' || rel.endsWith('/') ? `${rel}index.html` : rel
}
