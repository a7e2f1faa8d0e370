import { describe, expect, it } from 'vitest'
import { previewSite, previewSites } from './preview-link'

describe('the site a document is previewed on', () => {
  it('is its own site, or either for a document on both (helpers first)', () => {
    expect(previewSites({ site: 'professionals' })).toEqual(['professionals'])
    expect(previewSites({ site: 'helpers' })).toEqual(['helpers'])
    expect(previewSites({ site: 'both' })).toEqual(['helpers', 'professionals'])
    expect(previewSite({ site: 'both' })).toBe('helpers')
    expect(previewSite({ site: 'both' }, 'professionals')).toBe('professionals')
    // A site the document is not on is never chosen.
    expect(previewSite({ site: 'helpers' }, 'professionals')).toBe('helpers')
    expect(previewSite({ site: 'professionals' }, 'iets')).toBe('professionals')
  })
})
