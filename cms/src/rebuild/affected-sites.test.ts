import { describe, expect, it } from 'vitest'
import { affectedSites } from './affected-sites'

describe('affectedSites', () => {
  it('rebuilds the site a published document belongs to', () => {
    expect(affectedSites('checklists', 'update', { site: 'helpers', _status: 'published' })).toEqual(['helpers'])
    expect(affectedSites('stappenplannen', 'update', { site: 'professionals', _status: 'published' })).toEqual(['professionals'])
    expect(affectedSites('organisations', 'update', { site: 'both', _status: 'published' })).toEqual(['helpers', 'professionals'])
  })

  it('leaves the sites alone for a draft that was never published', () => {
    expect(affectedSites('checklists', 'update', { site: 'helpers', _status: 'draft' })).toEqual([])
    expect(affectedSites('checklists', 'update', { site: 'helpers', _status: 'draft' }, { site: 'helpers', _status: 'draft' })).toEqual([])
  })

  it('leaves the sites alone for a draft saved over a published document', () => {
    const published = { site: 'helpers', _status: 'published' }
    expect(affectedSites('checklists', 'update', { site: 'helpers', _status: 'draft' }, published, true)).toEqual([])
    expect(affectedSites('checklists', 'update', published, published, true)).toEqual([])
  })

  it('rebuilds after unpublishing, and both sites when a document moves between them', () => {
    expect(affectedSites('themes', 'update', { site: 'helpers', _status: 'draft' }, { site: 'helpers', _status: 'published' })).toEqual([
      'helpers',
    ])
    expect(
      affectedSites('themes', 'update', { site: 'professionals', _status: 'published' }, { site: 'helpers', _status: 'published' }),
    ).toEqual(['helpers', 'professionals'])
  })

  it('rebuilds both sites when an image changes or goes, not when a new one is uploaded', () => {
    expect(affectedSites('media', 'update', {})).toEqual(['helpers', 'professionals'])
    expect(affectedSites('media', 'delete', {})).toEqual(['helpers', 'professionals'])
    expect(affectedSites('media', 'create', {})).toEqual([])
  })

  it('rebuilds when a published document is deleted', () => {
    expect(affectedSites('videos', 'delete', { site: 'helpers', _status: 'published' })).toEqual(['helpers'])
    expect(affectedSites('videos', 'delete', { site: 'helpers', _status: 'draft' })).toEqual([])
  })
})
