import { describe, expect, it } from 'vitest'
import { addMonths, NO_OWNER, nextReviewOn, reviewsDue, type ReviewedDocument } from './reviews-due'

const doc = (id: number, owner: string | null, lastChecked: string | null, reviewIntervalMonths?: number): ReviewedDocument => ({
  collection: 'checklists',
  id,
  title: `Document ${id}`,
  review: { owner, lastChecked, reviewIntervalMonths, status: lastChecked ? 'verified' : 'unverified' },
})
const today = new Date('2026-12-01T09:00:00Z')

describe('addMonths', () => {
  it('adds calendar months and keeps the day, or the last day of a shorter month', () => {
    expect(addMonths('2026-01-15', 1)).toBe('2026-02-15')
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28')
    expect(addMonths('2027-08-31', 6)).toBe('2028-02-29')
    expect(addMonths('2025-12-01T00:00:00.000Z', 12)).toBe('2026-12-01')
  })
})

describe('nextReviewOn', () => {
  it('uses twelve months when no interval is set, and null when never checked', () => {
    expect(nextReviewOn({ lastChecked: '2025-03-10' })).toBe('2026-03-10')
    expect(nextReviewOn({ lastChecked: '2025-03-10', reviewIntervalMonths: 3 })).toBe('2025-06-10')
    expect(nextReviewOn({ lastChecked: null })).toBeNull()
    expect(nextReviewOn(null)).toBeNull()
  })
})

describe('reviewsDue', () => {
  it('lists what is past its date and what was never checked, per owner', () => {
    const result = reviewsDue(
      [
        doc(1, 'Redactie helpers', '2025-11-30'), // due 2026-11-30: overdue
        doc(2, 'Redactie helpers', '2025-12-01'), // due today: not yet past
        doc(3, 'Team juridisch', '2026-05-01', 6), // due 2026-11-01: overdue
        doc(4, 'Team juridisch', '2026-06-02', 6), // due 2026-12-02: not yet
        doc(5, 'Redactie helpers', null), // never checked
        doc(6, null, '2020-01-01'), // no owner
        doc(7, 'Redactie helpers', '2024-01-01'), // longest overdue
      ],
      today,
    )
    expect(result.map((o) => [o.owner, o.documents.map((d) => [d.id, d.reason, d.dueOn])])).toEqual([
      [
        'Redactie helpers',
        [
          [7, 'overdue', '2025-01-01'],
          [1, 'overdue', '2026-11-30'],
          [5, 'never', null],
        ],
      ],
      ['Team juridisch', [[3, 'overdue', '2026-11-01']]],
      [NO_OWNER, [[6, 'overdue', '2021-01-01']]],
    ])
  })

  it('is empty when everything was checked in time', () => {
    expect(reviewsDue([doc(1, 'A', '2026-11-01'), doc(2, 'B', '2026-06-01', 12)], today)).toEqual([])
  })
})
