import { describe, expect, it } from 'vitest'
import type { RichText } from '@vsp/content-models'
import { linkNode, paragraphNode, rootState, textNode } from './lexical-factory'
import { markdownToLexical } from './markdown-to-lexical'
import { renderMarkdown, renderRichText } from './render'

// Security tests: everything here guards against CWE-79 (cross-site scripting). Content comes
// from editors and, for helper tips, from visitors; none of it may run script on the sites.

const ATTACKS = [
  '<script>alert(1)</script>',
  'Tekst <script>alert(1)</script> tekst',
  '<img src=x onerror=alert(1)>',
  '<a href="#" onclick="alert(1)">klik</a>',
  '<iframe src="https://evil.example"></iframe>',
  '<svg><script>alert(1)</script></svg>',
  '<style>body{display:none}</style>',
  '[klik](javascript:alert(1))',
  '[klik](JaVaScRiPt:alert(1))',
  '[klik](java\tscript:alert(1))',
  '[klik](&#106;avascript:alert(1))',
  '[klik](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '[klik](vbscript:msgbox(1))',
  '![x](javascript:alert(1))',
  '<javascript:alert(1)>',
]

// Elements and attributes that can run script; text that merely reads "javascript:" is harmless.
const FORBIDDEN = /<script|<iframe|<svg|<style|<img|\son\w+=|(href|src)="?\s*(javascript|vbscript|data):/i

const lexicalLink = (url: string): RichText => rootState([paragraphNode([linkNode(url, [textNode('klik')], 'a')])])

describe('CWE-79: markdown', () => {
  it.each(ATTACKS)('renderMarkdown strips %s', (attack) => {
    expect(renderMarkdown(attack).html).not.toMatch(FORBIDDEN)
  })

  it.each(ATTACKS)('markdownToLexical carries no raw HTML or script URL from %s', (attack) => {
    expect(renderRichText(markdownToLexical(attack)).html).not.toMatch(FORBIDDEN)
  })

  it('leaves no dead anchor where an unsafe href was removed', () => {
    expect(renderMarkdown('[klik](javascript:alert(1))').html).toBe('<p>klik</p>')
  })

  it('drops raw HTML in markdown but keeps the text of the paragraph', () => {
    expect(renderMarkdown('Hallo <b onmouseover="x()">wereld</b>').html).toBe('<p>Hallo wereld</p>')
  })
})

describe('CWE-79: Lexical values', () => {
  it.each([
    'javascript:alert(1)',
    ' javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
  ])('removes the unsafe href %s from a link node', (url) => {
    const { html } = renderRichText(lexicalLink(url))
    expect(html).toBe('<p>klik</p>')
  })

  it('keeps safe hrefs', () => {
    for (const url of ['https://a.nl/', '/hulp', '#kop', 'mailto:info@a.nl', 'tel:+31900']) {
      expect(renderRichText(lexicalLink(url)).html).toContain(`href="${url}"`)
    }
  })

  it('escapes markup typed as text', () => {
    const value = rootState([paragraphNode([textNode('<script>alert(1)</script><img src=x onerror=alert(1)>')])])
    expect(renderRichText(value).html).toBe('<p>&#x3C;script>alert(1)&#x3C;/script>&#x3C;img src=x onerror=alert(1)></p>')
  })

  it('escapes quotes in urls so they cannot open an attribute', () => {
    const { html } = renderRichText(lexicalLink('https://a.nl/" onmouseover="alert(1)'))
    expect(html).not.toMatch(/\sonmouseover=/)
  })
})
