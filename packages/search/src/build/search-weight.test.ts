import { describe, expect, it } from 'vitest'
import { inSiteSearch, LISTING_WEIGHT, searchWeight } from './search-weight'

describe('searchWeight', () => {
  it('lowers the home page and overview pages', () => {
    expect(searchWeight({ url: '/' })).toBe(LISTING_WEIGHT)
    expect(searchWeight({ url: '/videos/', kind: 'overzicht' })).toBe(LISTING_WEIGHT)
    expect(searchWeight({ url: '/hoe-doen-anderen-het/', kind: 'pijler' })).toBe(LISTING_WEIGHT)
    expect(LISTING_WEIGHT).toBeLessThan(1)
  })

  it('leaves content pages at the default weight', () => {
    expect(searchWeight({ url: '/checklists/fraude/', kind: 'checklist' })).toBeUndefined()
    expect(searchWeight({ url: '/videos/een-video/', kind: 'video' })).toBeUndefined()
    expect(searchWeight({ url: '/advieslijn/' })).toBeUndefined()
  })
})

describe('inSiteSearch', () => {
  it('leaves landing pages out of the site search, and every other kind in', () => {
    expect(inSiteSearch('landing')).toBe(false)
    for (const kind of [undefined, 'thema', 'checklist', 'overzicht', 'video']) expect(inSiteSearch(kind), String(kind)).toBe(true)
  })
})
