import { describe, expect, it } from 'vitest'
import { formatDutchDate, review, reviewDay } from './review'

describe('review dates', () => {
  it('formats a stored date the Dutch way', () => {
    expect(formatDutchDate('2026-12-01')).toBe('1 december 2026')
    expect(formatDutchDate('2026-03-09T00:00:00.000Z')).toBe('9 maart 2026')
  })

  it('takes the calendar day in the Netherlands, not in UTC', () => {
    // Midnight in Amsterdam, as a date picker in the Netherlands may store it.
    expect(reviewDay('2026-11-30T23:00:00.000Z')).toBe('2026-12-01')
    expect(formatDutchDate('2026-11-30T23:00:00.000Z')).toBe('1 december 2026')
    expect(reviewDay('2026-06-30T22:30:00.000Z')).toBe('2026-07-01') // summer time, UTC+2
    expect(reviewDay(new Date('2026-12-01T12:00:00Z'))).toBe('2026-12-01')
  })
})

describe('review record', () => {
  it('accepts a full record and refuses a source without an address or what it supports', () => {
    const ok = {
      owner: 'Redactie helpers',
      status: 'partly',
      lastChecked: '2026-12-01',
      reviewIntervalMonths: 12,
      sources: [{ url: 'https://www.juridischloket.nl/', supports: 'Belkosten', verified: true }],
    }
    expect(review.safeParse(ok).success).toBe(true)
    expect(review.safeParse({ ...ok, sources: [{ url: 'geen adres', supports: 'x' }] }).success).toBe(false)
    expect(review.safeParse({ ...ok, sources: [{ url: 'https://x.nl/', supports: '' }] }).success).toBe(false)
    expect(review.safeParse({ ...ok, lastChecked: '1 december' }).success).toBe(false)
    expect(review.safeParse({ ...ok, status: 'misschien' }).success).toBe(false)
  })
})
