import { describe, expect, it } from 'vitest'
import * as api from './index'
import { asPreviewPage } from './live-script'
import { mergeDraft } from './merge-draft'
import { previewPath } from './page-path'
import { originsOf, previewHeaders } from './preview-headers'
import { previewImages, withPreviewImages } from './preview-media'
import { refusalPage } from './refusal-page'

describe('the preview, piece by piece', () => {
  it('exports the handler and its pure parts, nothing else', () => {
    expect(Object.keys(api).sort()).toEqual(['LIVE_SCRIPT_PATH', 'PREVIEW_PREFIX', 'mergeDraft', 'previewHandler', 'previewPath'])
  })

  it('puts the draft in the place of its published version, or adds it', () => {
    const published = {
      checklists: [
        { id: 1, title: 'a' },
        { id: 2, title: 'b' },
      ],
      themes: [{ id: 9 }],
    }
    expect(mergeDraft(published, 'checklists', { id: 2, title: 'B' } as never).checklists).toEqual([
      { id: 1, title: 'a' },
      { id: 2, title: 'B' },
    ])
    expect(mergeDraft(published, 'checklists', { id: 3 }).checklists).toHaveLength(3)
    expect(mergeDraft(published, 'checklists', { id: 3 }).themes).toBe(published.themes)
    expect(published.checklists[1].title).toBe('b')
    expect(() => mergeDraft(published, 'users', { id: 1 })).toThrow()
  })

  it('finds the page that shows a document', () => {
    expect(previewPath('helpers', 'checklists', { slug: 'fraude' })).toBe('/checklists/fraude/')
    expect(previewPath('professionals', 'stappenplannen', { slug: 'x' })).toBe('/stappenplannen/x/')
    expect(previewPath('helpers', 'themes', { slug: 'rouw', section: 'iemand-ondersteunen' })).toBe('/iemand-ondersteunen/rouw/')
    expect(previewPath('helpers', 'themes', { slug: 'rouw', section: 'geen-sectie' })).toBe('/')
    expect(previewPath('helpers', 'organisations', { slug: 'x' })).toBe('/contact/')
  })

  // CWE-1021: the preview may be framed by the admin only; it must never be cached or indexed.
  it('lets only the admin frame the preview, and keeps it out of caches and indexes', () => {
    const site = {
      'Content-Security-Policy': "default-src 'self'; script-src 'self' 'sha256-x'; frame-ancestors 'none'",
      'X-Frame-Options': 'DENY',
      'Referrer-Policy': 'no-referrer',
    }
    const headers = previewHeaders(site, originsOf('http://localhost:3000'))
    expect(headers['Content-Security-Policy']).toBe(
      "default-src 'self'; script-src 'self' 'sha256-x'; frame-ancestors http://localhost:3000 http://127.0.0.1:3000",
    )
    expect(headers).not.toHaveProperty('X-Frame-Options')
    expect(headers).toMatchObject({ 'Cache-Control': 'no-store', 'X-Robots-Tag': 'noindex, nofollow', 'Referrer-Policy': 'no-referrer' })
    expect(originsOf('https://redactie.example.nl')).toEqual(['https://redactie.example.nl'])
  })

  it('marks the page as a concept, adds the live script as a file at the end of the body, counts no page view, and escapes what a refusal says', () => {
    const html = asPreviewPage(
      '<!DOCTYPE html><html lang="nl" data-stats="http://localhost:3001" data-site="helpers"><head><title>t</title></head><body class="b"><p>x</p></body></html>',
      ['http://localhost:3000'],
      'v1',
    )
    expect(html).toBe(
      '<!DOCTYPE html><html lang="nl" data-site="helpers"><head><title>t</title><link rel="stylesheet" href="/voorbeeld/concept.css"></head>' +
        '<body class="b"><p class="vsp-concept-banner" role="note"><strong>Concept</strong>: zo ziet deze pagina eruit na publiceren. ' +
        'Bezoekers zien deze versie nog niet.</p><p>x</p><script src="/voorbeeld/live.js" data-cms="http://localhost:3000" data-version="v1" defer></script></body></html>',
    )
    expect(refusalPage('Geen toegang', '<b>', ['a & b'])).toContain('<p>&lt;b&gt;</p><ul><li>a &amp; b</li></ul>')
    expect(refusalPage('t', 'm')).not.toMatch(/<script|<style| style=/)
  })

  it('offers the other site in the banner of a document on both sites', () => {
    const page = '<html><head></head><body><p>x</p></body></html>'
    const sites = [
      { label: 'Voor de Helpers', href: 'http://h/voorbeeld/themes/1/?token=t', current: true },
      { label: 'Platform voor Professionals', href: 'http://p/voorbeeld/themes/1/?token=t&x="', current: false },
    ]
    expect(asPreviewPage(page, [], 'v', sites)).toContain(
      ' <span data-preview-sites>Bekijk op: <strong aria-current="page">Voor de Helpers</strong> | ' +
        '<a href="http://p/voorbeeld/themes/1/?token=t&amp;x=&quot;">Platform voor Professionals</a></span></p>',
    )
    expect(asPreviewPage(page, [], 'v', sites.slice(0, 1))).not.toContain('data-preview-sites')
  })

  it("points the draft's images at the preview, with the token, and leaves the site's other images alone", () => {
    const media = { id: 12, alt: 'Straat', filename: 'straat.jpg', width: 1000, height: 500, sizes: { small: { width: 480 } } }
    const images = previewImages([media as never], 'a.b')
    expect([...images.keys()]).toEqual(['straat-12-480.webp', 'straat-12-1000.webp'])
    const html =
      '<img src="/img/straat-12-1000.webp" srcset="/img/straat-12-480.webp 480w, /img/straat-12-1000.webp 1000w">' +
      '<img src="/img/ander-3-1000.webp"><img src="/img/straat-12-10000.webp">'
    expect(withPreviewImages(html, images)).toBe(
      '<img src="/voorbeeld/img/straat-12-1000.webp?token=a.b" srcset="/voorbeeld/img/straat-12-480.webp?token=a.b 480w, ' +
        '/voorbeeld/img/straat-12-1000.webp?token=a.b 1000w"><img src="/img/ander-3-1000.webp"><img src="/img/straat-12-10000.webp">',
    )
    expect(withPreviewImages(html, new Map())).toBe(html)
  })
})
