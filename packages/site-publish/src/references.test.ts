import { describe, expect, it } from 'vitest'
import { referencedDocs, referrers } from './references'

describe('references', () => {
  it('finds relationships by field and related-block entries by their collection', () => {
    const landing = {
      id: 7,
      blocks: [
        { blockType: 'video', video: 3 },
        { blockType: 'toolTeaser', tool: { id: 4, title: 'x' } },
        { blockType: 'related', items: [{ relationTo: 'checklists', value: 2 }] },
      ],
    }
    expect([...referencedDocs(landing)].sort()).toEqual(['checklists:2', 'tools:4', 'videos:3'])
    expect([...referencedDocs({ items: [{ theme: 5 }, { theme: null }] })]).toEqual(['themes:5'])
  })

  it('maps each document to the documents that refer to it', () => {
    const map = referrers({ checklists: [{ id: 1, items: [{ theme: 5 }] }], 'landing-pages': [{ id: 2, blocks: [{ theme: 5 }] }] })
    expect(map.get('themes:5')?.map((r) => r.collection)).toEqual(['checklists', 'landing-pages'])
    expect(map.get('checklists:5')).toBeUndefined()
  })
})
