import type { Block, Field } from 'payload'
import { describe, expect, it } from 'vitest'
import { referencedMediaIds } from './draft-media'

const hero: Block = { slug: 'hero', fields: [{ name: 'image', type: 'upload', relationTo: 'media' }] }
const fields: Field[] = [
  { name: 'poster', type: 'upload', relationTo: 'media' },
  { name: 'avatar', type: 'upload', relationTo: 'users' },
  { type: 'row', fields: [{ name: 'side', type: 'upload', relationTo: 'media', hasMany: true }] },
  { name: 'group', type: 'group', fields: [{ name: 'inner', type: 'upload', relationTo: 'media' }] },
  {
    type: 'tabs',
    tabs: [
      { name: 'tab', fields: [{ name: 'tabbed', type: 'upload', relationTo: 'media' }] },
      { label: 'x', fields: [] },
    ],
  },
  { name: 'rows', type: 'array', fields: [{ name: 'photo', type: 'upload', relationTo: 'media' }] },
  { name: 'layout', type: 'blocks', blocks: [], blockReferences: ['hero'] },
]

describe('the media a draft refers to', () => {
  it('finds uploads to media at any depth, as ids or documents, and nothing else', () => {
    const draft = {
      poster: 1,
      avatar: 99,
      side: [2, { id: 3 }],
      group: { inner: '4' },
      tab: { tabbed: 5 },
      rows: [{ photo: 6 }, { photo: null }],
      layout: [
        { blockType: 'hero', image: { id: 7, filename: 'x.jpg' } },
        { blockType: 'unknown', image: 98 },
      ],
    }
    expect(referencedMediaIds(fields, draft, [hero])).toEqual(['1', '2', '3', '4', '5', '6', '7'])
    expect(referencedMediaIds(fields, {}, [hero])).toEqual([])
    expect(referencedMediaIds(fields, null)).toEqual([])
  })
})
