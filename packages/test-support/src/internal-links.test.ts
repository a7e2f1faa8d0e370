import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { brokenInternalLinks, internalTarget, linksIn } from './internal-links'

const ORIGIN = 'http://localhost:4321'
const dir = mkdtempSync(path.join(tmpdir(), 'vsp-links-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function page(file: string, html: string) {
  mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
  writeFileSync(path.join(dir, file), html)
}

describe('linksIn and internalTarget', () => {
  it('reads href, src and each srcset URL, and decodes entities', () => {
    expect(linksIn('<a href="/a/?x=1&amp;y=2">a</a><img src="/i.webp" srcset="/i-400.webp 400w, /i-800.webp 800w">')).toEqual([
      '/a/?x=1&y=2',
      '/i.webp',
      '/i-400.webp',
      '/i-800.webp',
    ])
  })

  it('keeps the own origin and relative links, leaves other hosts, tel: and mailto: alone', () => {
    expect(internalTarget('../b/', '/a/c/', ORIGIN)?.pathname).toBe('/a/b/')
    expect(internalTarget(`${ORIGIN}/x/`, '/', ORIGIN)?.pathname).toBe('/x/')
    expect(internalTarget('#top', '/a/', ORIGIN)?.href).toBe(`${ORIGIN}/a/#top`)
    for (const link of ['https://www.slachtofferhulp.nl/', 'tel:09000101', 'mailto:a@b.nl', ''])
      expect(internalTarget(link, '/', ORIGIN)).toBeNull()
  })
})

describe('brokenInternalLinks', () => {
  it('finds a link to a missing page, a missing anchor, and a missing script, and accepts the rest', async () => {
    page(
      'index.html',
      '<a href="/ok/">ok</a><a href="/ok/#deel">anker</a><a href="/weg/">weg</a><a ' +
        'href="/ok/#nergens">x</a><a href="#boven" id="boven">b</a><script src="/_astro/s.js"></script><a ' +
        'href="https://elders.nl/">e</a>',
    )
    page('ok/index.html', '<h2 id="deel">Deel</h2>')
    const result = await brokenInternalLinks(dir, ORIGIN)
    expect(result.pages).toBe(2)
    expect(result.broken).toEqual([
      { page: '/', link: '/weg/', reason: 'geen pagina' },
      { page: '/', link: '/ok/#nergens', reason: 'geen anker' },
      { page: '/', link: '/_astro/s.js', reason: 'geen pagina' },
    ])
  })
})
