import { describe, expect, it } from 'vitest'
import { filePathOf, LinkIndex, pageLinks, urlPathOf } from './site-index'

describe('site index', () => {
  it('reads the internal links of a page, without query, fragment or other hosts', () => {
    const html = `<a href="/a/">A</a><a class="x" href='/b/?q=1#top'>B</a><a href="https://example.org/">C</a><a href="//cdn/x">D</a><a href="#main">E</a>`
    expect(pageLinks(html)).toEqual(['/a/', '/b/'])
  })

  it('keeps who links to whom when a page is rendered again or deleted', () => {
    const index = new LinkIndex()
    index.set('/x/', ['/a/', '/b/'])
    index.set('/y/', ['/a/'])
    index.set('/x/', ['/b/'])
    expect([...(index.linkedFrom.get('/a/') ?? [])]).toEqual(['/y/'])
    index.delete('/y/')
    expect(index.linkedFrom.get('/a/')?.size).toBe(0)
    expect([...index.pages]).toEqual(['/x/'])
  })

  it('maps URL paths and built files both ways', () => {
    for (const [url, file] of [
      ['/', 'index.html'],
      ['/checklists/fraude/', 'checklists/fraude/index.html'],
      ['/lp/a/og.jpg', 'lp/a/og.jpg'],
      ['/404.html', '404.html'],
    ])
      expect([filePathOf(url), urlPathOf(file)]).toEqual([file, url])
  })
})
