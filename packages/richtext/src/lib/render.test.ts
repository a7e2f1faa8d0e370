import { describe, expect, it } from 'vitest'
import { markdownToLexical } from './markdown-to-lexical'
import { renderMarkdown, renderRichText } from './render'

const SITE = 'https://www.voorhelpers.nl'
const viaLexical = (markdown: string, options = {}) => renderRichText(markdownToLexical(markdown), options)

describe('round trip markdown → Lexical → HTML', () => {
  it('keeps headings, bold and italic', () => {
    const { html } = viaLexical('## Wat u kunt doen\n\nLuister **zonder oordeel** en *vraag door*.')
    expect(html).toBe(
      '<h2 id="wat-u-kunt-doen">Wat u kunt doen</h2>\n<p>Luister <strong>zonder oordeel</strong> en <em>vraag door</em>.</p>',
    )
  })

  it('keeps nested and numbered lists', () => {
    const { html } = viaLexical('- een\n- twee\n  - twee.a\n  - twee.b\n- drie\n\n3. c\n4. d')
    expect(html.replace(/\n/g, '')).toBe(
      '<ul><li>een</li><li>twee<ul><li>twee.a</li><li>twee.b</li></ul></li><li>drie</li></ul><ol start="3"><li>c</li><li>d</li></ol>',
    )
  })

  it('keeps links, quotes and rules, and renders the same as the markdown itself', () => {
    const markdown = 'Bel [de hulplijn](/contact) of lees [meer](https://www.example.org).\n\n> Een citaat\n\n---'
    const fromLexical = viaLexical(markdown, { siteOrigin: SITE })
    expect(fromLexical.html).toContain('<a href="/contact">de hulplijn</a>')
    expect(fromLexical.html).toContain('<blockquote>\n<p>Een citaat</p>\n</blockquote>\n<hr>')
    expect(fromLexical).toEqual(renderMarkdown(markdown, { siteOrigin: SITE }))
  })
})

describe('heading ids and table of contents', () => {
  it('gives ASCII ids to Dutch headings, stable across Unicode normalisation', () => {
    const nfc = viaLexical('## Nazorg bij suïcide op school'.normalize('NFC'))
    const nfd = viaLexical('## Nazorg bij suïcide op school'.normalize('NFD'))
    expect(nfc.html).toContain('id="nazorg-bij-suicide-op-school"')
    expect(nfd.toc).toEqual(nfc.toc)
    expect(nfd.text).toBe(nfc.text)
  })

  it('makes duplicate ids unique and lists h2/h3 in the toc', () => {
    const { toc } = viaLexical('## Vragen\n\ntekst\n\n### Wie helpt?\n\n#### Detail\n\n## Vragen')
    expect(toc).toEqual([
      { id: 'vragen', text: 'Vragen', depth: 2 },
      { id: 'wie-helpt', text: 'Wie helpt?', depth: 3 },
      { id: 'vragen-2', text: 'Vragen', depth: 2 },
    ])
  })

  it('shifts headings by headingOffset and still lists the content h2/h3', () => {
    const { html, toc } = viaLexical('## Stap\n\n### Deel\n\n#### Detail', { headingOffset: 1 })
    expect(html).toContain('<h3 id="stap">')
    expect(html).toContain('<h5 id="detail">')
    expect(toc.map((entry) => [entry.text, entry.depth])).toEqual([
      ['Stap', 3],
      ['Deel', 4],
    ])
  })
})

describe('external links', () => {
  it('marks links to other hosts with rel, class and a hidden hint', () => {
    const { html } = renderMarkdown('[Fonds](https://fonds.example.org/x)', { siteOrigin: SITE })
    expect(html).toBe(
      '<p><a href="https://fonds.example.org/x" rel="noopener noreferrer external" class="external-link">Fonds<span class="visually-hidden"> (externe link)</span></a></p>',
    )
  })

  it('does not mark links on the site itself, relative links or mailto', () => {
    const { html } = renderMarkdown(`[a](${SITE}/hulp) [b](/hulp) [c](#kop) [d](mailto:info@example.nl)`, { siteOrigin: SITE })
    expect(html).not.toContain('external')
    expect(html).not.toContain('visually-hidden')
  })

  it('treats every absolute http(s) link as external when no origin is given', () => {
    const { html } = renderMarkdown('[a](http://voorhelpers.nl) [b](/hulp)')
    expect(html.match(/class="external-link"/g)).toHaveLength(1)
  })

  it('opens newTab links in a new tab and says so', () => {
    const state = markdownToLexical('[Fonds](https://fonds.example.org) en [hier](/pdf)')
    for (const node of state.root.children[0].children) if (node.type === 'link') node.fields.newTab = true
    const { html } = renderRichText(state, { siteOrigin: SITE })
    expect(html).toContain('target="_blank" rel="noopener noreferrer external" class="external-link">Fonds<span')
    expect(html).toContain(' (externe link, opent in een nieuw tabblad)')
    expect(html).toContain(
      '<a href="/pdf" target="_blank" rel="noopener">hier<span class="visually-hidden"> (opent in een nieuw tabblad)</span></a>',
    )
  })
})

describe('plain text', () => {
  it('gives one line per block with the inline text run together', () => {
    const { text } = viaLexical('## Kop\n\nEen **vet** woord met [link](https://x.nl).\n\n- een\n- twee')
    expect(text).toBe('Kop\nEen vet woord met link.\neen\ntwee')
  })
})

describe('empty input', () => {
  it('renders nothing for null, undefined and empty markdown', () => {
    const empty = { html: '', toc: [], text: '' }
    expect(renderRichText(null)).toEqual(empty)
    expect(renderRichText(undefined)).toEqual(empty)
    expect(renderMarkdown('')).toEqual(empty)
  })
})
