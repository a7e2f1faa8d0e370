import { describe, expect, it } from 'vitest'
import type { RichText } from '@vsp/content-models'
import { lexicalToMdast } from './lexical-to-mdast'
import { headingNode, linkNode, listItemNode, listNode, paragraphNode, rootState, textNode } from './lexical-factory'

const state = (...children: object[]) => ({ root: { ...rootState([]).root, children } }) as RichText

describe('lexicalToMdast', () => {
  it('maps format bits to nested marks and drops underline', () => {
    const tree = lexicalToMdast(state(paragraphNode([textNode('a', 1 | 2), textNode('b', 16 | 1), textNode('c', 8), textNode('d', 4)])))
    expect(tree.children[0]).toEqual({
      type: 'paragraph',
      children: [
        { type: 'strong', children: [{ type: 'emphasis', children: [{ type: 'text', value: 'a' }] }] },
        { type: 'strong', children: [{ type: 'inlineCode', value: 'b' }] },
        { type: 'text', value: 'c' },
        { type: 'delete', children: [{ type: 'text', value: 'd' }] },
      ],
    })
  })

  it('moves a Lexical nested-list wrapper item into the item before it', () => {
    const nested = listNode('bullet', 1, [listItemNode([textNode('a.1')], 1, 1)])
    const list = listNode('number', 2, [
      listItemNode([textNode('a')], 2, 0),
      listItemNode([nested], 3, 0),
      listItemNode([textNode('b')], 3, 0),
    ])
    const [mdList] = lexicalToMdast(state(list)).children
    expect(mdList).toMatchObject({ type: 'list', ordered: true, start: 2 })
    if (mdList.type !== 'list') throw new Error('geen lijst')
    expect(mdList.children).toHaveLength(2)
    expect(mdList.children[0].children.map((c) => c.type)).toEqual(['paragraph', 'list'])
  })

  it('reads autolinks, opens newTab links in a new tab, and resolves internal links', () => {
    const internal = {
      ...linkNode('', [textNode('intern')], 'x'),
      fields: { linkType: 'internal', newTab: false, doc: { relationTo: 'checklists', value: 7 } },
    }
    const autolink = {
      type: 'autolink',
      children: [textNode('https://a.nl')],
      direction: 'ltr',
      format: '',
      indent: 0,
      version: 2,
      fields: { linkType: 'custom', newTab: false, url: 'https://a.nl' },
    }
    const value = state(paragraphNode([autolink as never, linkNode('https://b.nl', [textNode('b')], 'y', true), internal as never]))
    const [withResolver] = lexicalToMdast(value, { resolveInternalLink: ({ relationTo, value: id }) => `/${relationTo}/${id}` }).children
    expect(withResolver).toMatchObject({
      children: [
        { type: 'link', url: 'https://a.nl' },
        { type: 'link', url: 'https://b.nl', data: { hProperties: { target: '_blank' } } },
        { type: 'link', url: '/checklists/7' },
      ],
    })
    const [withoutResolver] = lexicalToMdast(value).children
    expect(withoutResolver).toMatchObject({ children: [{ type: 'link' }, { type: 'link' }, { type: 'text', value: 'intern' }] })
  })

  it('skips unknown node types (blocks, uploads, relationships) without throwing', () => {
    const block = { type: 'block', fields: { id: 'b1', blockName: '', blockType: 'callToAction' }, format: '', version: 2 }
    const upload = { type: 'upload', relationTo: 'media', value: 3, fields: null, format: '', id: 'u1', version: 3 }
    const inline = { type: 'inlineBlock', fields: { blockType: 'x' }, version: 1 }
    const tree = lexicalToMdast(
      state(block, paragraphNode([textNode('voor '), inline as never, textNode('na')]), upload, {
        type: 'relationship',
        relationTo: 'x',
        value: 1,
        version: 2,
      }),
    )
    expect(tree.children).toEqual([
      {
        type: 'paragraph',
        children: [
          { type: 'text', value: 'voor ' },
          { type: 'text', value: 'na' },
        ],
      },
    ])
  })

  it('survives malformed values', () => {
    for (const value of [
      null,
      undefined,
      {},
      { root: null },
      { root: { type: 'root', children: 'x' } },
      { root: { type: 'root', children: [null, 3, { type: 'paragraph', children: [{ type: 'text', text: 5 }] }] } },
    ]) {
      expect(lexicalToMdast(value as RichText)).toEqual({ type: 'root', children: [] })
    }
  })

  it('leaves out empty paragraphs and headings the editor keeps around', () => {
    const tree = lexicalToMdast(state(paragraphNode([]), headingNode('h2', [textNode('  ')]), paragraphNode([textNode('tekst')])))
    expect(tree.children).toHaveLength(1)
  })
})
