import { describe, expect, it } from 'vitest'
import * as client from './client'
import * as search from './index'

describe('public API', () => {
  it('exports the build, client and in-memory functions', () => {
    expect(Object.keys(search).sort()).toEqual([
      'LISTING_KINDS',
      'LISTING_WEIGHT',
      'UNSEARCHED_KINDS',
      'buildDocShards',
      'buildSearchDelta',
      'buildSearchIndex',
      'createMemoryFetch',
      'createSearchClient',
      'docShardFile',
      'inSiteSearch',
      'searchInMemory',
      'searchWeight',
    ])
  })

  it('exports only the client from @vsp/search/client', () => {
    expect(Object.keys(client)).toEqual(['createSearchClient'])
  })
})
