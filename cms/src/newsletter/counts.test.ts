import { describe, expect, it } from 'vitest'
import { countSubscriptions } from './counts'

describe('countSubscriptions', () => {
  it('counts each status per audience and per page, with zeroes for an empty audience', () => {
    const counts = countSubscriptions([
      { audience: 'professionals', status: 'confirmed', page: 'campagne' },
      { audience: 'professionals', status: 'pending', page: 'campagne' },
      { audience: 'professionals', status: 'unsubscribed', page: null },
      { audience: 'professionals', status: 'confirmed', page: 'campagne' },
    ])
    expect(counts.audiences).toEqual([
      { audience: 'helpers', counts: { pending: 0, confirmed: 0, unsubscribed: 0 } },
      { audience: 'professionals', counts: { pending: 1, confirmed: 2, unsubscribed: 1 } },
    ])
    expect(counts.pages).toEqual([
      { audience: 'professionals', page: '', counts: { pending: 0, confirmed: 0, unsubscribed: 1 } },
      { audience: 'professionals', page: 'campagne', counts: { pending: 1, confirmed: 2, unsubscribed: 0 } },
    ])
  })
})
