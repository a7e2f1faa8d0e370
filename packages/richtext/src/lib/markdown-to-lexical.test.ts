import { describe, expect, it } from 'vitest'
import { markdownToLexical } from './markdown-to-lexical'

// Shapes follow exportJSON() of lexical 0.50 and @payloadcms/richtext-lexical 3.90; a state
// built from this file was loaded into a headless Lexical editor with Payload's nodes and
// exported again byte for byte (see README).

const children = (markdown: string) => markdownToLexical(markdown).root.children

describe('markdownToLexical', () => {
  it('writes the root, paragraph and text fields the editor exports', () => {
    const state = markdownToLexical('**Vet** begin.')
    expect(state.root).toMatchObject({ type: 'root', direction: 'ltr', format: '', indent: 0, version: 1 })
    expect(state.root.children[0]).toEqual({
      children: [
        { detail: 0, format: 1, mode: 'normal', style: '', text: 'Vet', type: 'text', version: 1 },
        { detail: 0, format: 0, mode: 'normal', style: '', text: ' begin.', type: 'text', version: 1 },
      ],
      direction: 'ltr',
      format: '',
      indent: 0,
      type: 'paragraph',
      version: 1,
      textFormat: 1,
      textStyle: '',
    })
  })

  it('combines format bits: bold 1, italic 2, strikethrough 4, code 16', () => {
    const [paragraph] = children('***beide*** ~~weg~~ `code` **`vetcode`**')
    const formats = paragraph.children
      .filter((n: { type: string }) => n.type === 'text')
      .map((n: { text: string; format: number }) => [n.text, n.format])
    expect(formats).toEqual([
      ['beide', 3],
      [' ', 0],
      ['weg', 4],
      [' ', 0],
      ['code', 16],
      [' ', 0],
      ['vetcode', 17],
    ])
  })

  it('maps headings to h2..h4 (h1 is the page title)', () => {
    const tags = children('# a\n\n## b\n\n### c\n\n#### d\n\n##### e').map((n: { tag: string }) => n.tag)
    expect(tags).toEqual(['h2', 'h2', 'h3', 'h4', 'h4'])
    expect(children('## Kop')[0]).toMatchObject({ type: 'heading', version: 1, direction: 'ltr', indent: 0 })
  })

  it('writes Payload link nodes: version 3, fields, a stable id', () => {
    const [paragraph] = children('Zie [de site](https://example.org/a).')
    const link = paragraph.children[1]
    expect(link).toMatchObject({
      type: 'link',
      version: 3,
      fields: { linkType: 'custom', newTab: false, url: 'https://example.org/a' },
      children: [{ type: 'text', text: 'de site' }],
    })
    expect(link.id).toMatch(/^[0-9a-f]{24}$/)
    expect(children('Zie [de site](https://example.org/a).')[0].children[1].id).toBe(link.id)
  })

  it('resolves reference links and keeps autolink literals as links', () => {
    const [paragraph] = children('Lees [dit][bron] of www.example.nl\n\n[bron]: https://bron.nl')
    const urls = paragraph.children.filter((n: { type: string }) => n.type === 'link').map((n: { fields: { url: string } }) => n.fields.url)
    expect(urls).toEqual(['https://bron.nl', 'http://www.example.nl'])
  })

  it('turns soft line breaks into spaces and hard breaks into linebreak nodes', () => {
    const [paragraph] = children('een\ntwee  \ndrie')
    expect(paragraph.children.map((n: { type: string; text?: string }) => n.text ?? n.type)).toEqual(['een twee', 'linebreak', 'drie'])
  })

  it('nests lists the Lexical way: a wrapper list item after its parent, values not counted', () => {
    const [list] = children('- een\n- twee\n  - twee.a\n  - twee.b\n- drie')
    expect(list).toMatchObject({ type: 'list', listType: 'bullet', tag: 'ul', start: 1, version: 1 })
    const items = list.children
    expect(items.map((i: { value: number; indent: number }) => [i.value, i.indent])).toEqual([
      [1, 0],
      [2, 0],
      [3, 0],
      [3, 0],
    ])
    expect(items[2].children[0]).toMatchObject({ type: 'list', listType: 'bullet' })
    const nested = items[2].children[0].children
    expect(
      nested.map((i: { value: number; indent: number; children: { text: string }[] }) => [i.children[0].text, i.value, i.indent]),
    ).toEqual([
      ['twee.a', 1, 1],
      ['twee.b', 2, 1],
    ])
    expect(items[0]).not.toHaveProperty('checked')
  })

  it('keeps the start of numbered lists and writes task lists as check lists', () => {
    const [ordered] = children('3. drie\n4. vier')
    expect(ordered).toMatchObject({ listType: 'number', tag: 'ol', start: 3 })
    expect(ordered.children.map((i: { value: number }) => i.value)).toEqual([3, 4])
    const [check] = children('- [x] klaar\n- [ ] open')
    expect(check).toMatchObject({ listType: 'check', tag: 'ul' })
    expect(check.children.map((i: { checked: boolean }) => i.checked)).toEqual([true, false])
  })

  it('writes quotes with inline children, and horizontal rules', () => {
    const [quote, rule] = children('> een\n>\n> twee\n\n---')
    expect(quote.type).toBe('quote')
    expect(quote.children.map((n: { type: string; text?: string }) => n.text ?? n.type)).toEqual(['een', 'linebreak', 'twee'])
    expect(rule).toEqual({ type: 'horizontalrule', version: 1 })
  })

  it('drops raw HTML and images, keeping the text around them', () => {
    const nodes = children('<div onclick="x()">blok</div>\n\nTekst <b>vet</b> ![foto](x.png) eind')
    expect(nodes).toHaveLength(1)
    expect(JSON.stringify(nodes)).not.toMatch(/<|onclick|x\.png/)
    expect(nodes[0].children.map((n: { text: string }) => n.text).join('')).toBe('Tekst vet  eind')
  })

  it('turns a code block into a paragraph of code-formatted lines', () => {
    const [paragraph] = children('```\nregel 1\nregel 2\n```')
    expect(paragraph.type).toBe('paragraph')
    expect(paragraph.children.map((n: { type: string; format?: number }) => n.format ?? n.type)).toEqual([16, 'linebreak', 16])
  })

  it('returns an empty root for empty markdown', () => {
    expect(markdownToLexical('')).toMatchObject({ root: { type: 'root', children: [] } })
  })
})
