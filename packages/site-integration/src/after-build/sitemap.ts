const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

export function sitemapXml(origin: string, paths: string[]): string {
  const urls = [...paths]
    .sort()
    .map((p) => `  <url><loc>${escapeXml(new URL(p, origin).href)}</loc></url>`)
    .join('\n')
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`
}

export function robotsTxt(origin: string): string {
  return `User-agent: *\nAllow: /\nDisallow: /zoeken/\n\nSitemap: ${new URL('/sitemap.xml', origin).href}\n`
}
