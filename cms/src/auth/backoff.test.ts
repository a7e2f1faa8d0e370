import { describe, expect, it } from 'vitest'
import { addFailure, backoffSeconds, waitSeconds } from './backoff'

// CWE-307 (unlimited guessing) without CWE-645 (a lockout anyone can trigger).
describe('login backoff', () => {
  it('lets the first failures through, then doubles the wait up to a ceiling', () => {
    expect([0, 4].map((n) => backoffSeconds(n, 5))).toEqual([0, 0])
    expect([5, 6, 7, 10].map((n) => backoffSeconds(n, 5))).toEqual([1, 2, 4, 32])
    expect(backoffSeconds(1000, 5)).toBe(15 * 60)
  })

  it('counts failures, makes the key wait after the last one, and forgets after a day', () => {
    let attempts = null
    for (let i = 0; i < 7; i++) attempts = addFailure(attempts, 1_000_000)
    expect(attempts).toEqual({ failures: 7, last: 1_000_000 })
    expect(waitSeconds(attempts, 5, 1_000_000)).toBe(4)
    expect(waitSeconds(attempts, 5, 1_004_000)).toBe(0)
    expect(waitSeconds(attempts, 20, 1_000_000)).toBe(0)
    expect(addFailure(attempts, 1_000_000 + 25 * 3600_000).failures).toBe(1)
  })
})
