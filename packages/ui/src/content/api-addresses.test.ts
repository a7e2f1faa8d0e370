import { describe, expect, it } from 'vitest'
import { DEFAULT_ISLAND_API, islandApiBase, newsletterSubscribeUrl } from './api-addresses'

describe('API addresses of the islands', () => {
  it('puts the newsletter sign-up beside the island API in the CMS', () => {
    expect(newsletterSubscribeUrl('http://localhost:3000/api/island')).toBe('http://localhost:3000/api/newsletter/subscribe')
    expect(newsletterSubscribeUrl('https://cms.example.nl/api/island/')).toBe('https://cms.example.nl/api/newsletter/subscribe')
    expect(newsletterSubscribeUrl('https://example.nl/beheer/api/island')).toBe('https://example.nl/beheer/api/newsletter/subscribe')
  })

  it('falls back to the local CMS when the build is given no address', () => {
    expect(islandApiBase(undefined)).toBe(DEFAULT_ISLAND_API)
    expect(islandApiBase('')).toBe(DEFAULT_ISLAND_API)
    expect(islandApiBase('https://cms.example.nl/api/island//')).toBe('https://cms.example.nl/api/island')
  })
})
