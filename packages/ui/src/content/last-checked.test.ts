import { describe, expect, it } from 'vitest'
import { lastChecked } from './last-checked'

describe('lastChecked', () => {
  it('says when a checked or partly checked page was last checked, in Dutch', () => {
    expect(lastChecked({ status: 'verified', lastChecked: '2026-12-01T00:00:00.000Z' })).toEqual({
      date: '1 december 2026',
      datetime: '2026-12-01',
    })
    expect(lastChecked({ status: 'partly', lastChecked: '2026-03-05' })?.date).toBe('5 maart 2026')
  })

  it('says nothing for unchecked pages, even with a date', () => {
    expect(lastChecked({ status: 'unverified', lastChecked: '2026-12-01' })).toBeNull()
    expect(lastChecked({ status: 'verified', lastChecked: null })).toBeNull()
    expect(lastChecked({ status: null, lastChecked: '2026-12-01' })).toBeNull()
    expect(lastChecked(undefined)).toBeNull()
  })
})
