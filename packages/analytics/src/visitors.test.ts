import { describe, expect, it } from 'vitest'
import { createVisitorCounter, dayOf, SALT_MAX_AGE_MS } from './visitors'

const A = { site: 'helpers', userAgent: 'Firefox', ip: '192.0.2.1' }
const B = { site: 'helpers', userAgent: 'Firefox', ip: '192.0.2.2' }

function clock(start: string) {
  let time = Date.parse(start)
  return { now: () => time, advance: (ms: number) => void (time += ms) }
}

describe('createVisitorCounter', () => {
  it('counts a visitor once per day and site, on a page view', () => {
    const c = clock('2026-03-02T10:00:00Z')
    const counter = createVisitorCounter({ now: c.now })
    expect(counter.see(A, false)).toEqual({ day: '2026-03-02', newVisitor: false, burst: false })
    expect(counter.see(A, true).newVisitor).toBe(true)
    expect(counter.see(A, true).newVisitor).toBe(false)
    expect(counter.see(B, true).newVisitor).toBe(true)
    expect(counter.see({ ...A, site: 'professionals' }, true).newVisitor).toBe(true)
  })

  it('makes a new random salt each day: the same visitor is new again tomorrow', () => {
    const c = clock('2026-03-02T10:00:00Z')
    const salts: Buffer[] = []
    const counter = createVisitorCounter({
      now: c.now,
      newSalt: () => {
        salts.push(Buffer.from(String(salts.length)))
        return salts.at(-1)!
      },
    })
    counter.see(A, true)
    c.advance(24 * 60 * 60_000)
    expect(counter.see(A, true)).toMatchObject({ day: '2026-03-03', newVisitor: true })
    expect(salts).toHaveLength(2)
  })

  it('forgets the salt at the end of its day and never keeps one 48 hours', () => {
    const c = clock('2026-03-02T22:30:00Z') // 23:30 in Amsterdam
    const counter = createVisitorCounter({ now: c.now })
    counter.see(A, true)
    expect(counter.saltAgeMs()).toBe(0)
    c.advance(60 * 60_000) // past midnight in Amsterdam
    expect(counter.saltAgeMs()).toBeUndefined()
    expect(SALT_MAX_AGE_MS).toBe(48 * 60 * 60_000)
  })

  it('marks more events than a person makes as a burst, and such a burst counts no visitor', () => {
    const c = clock('2026-03-02T10:00:00Z')
    const counter = createVisitorCounter({ now: c.now, burstLimit: 5, burstWindowMs: 1000 })
    const seen = Array.from({ length: 8 }, () => counter.see(B, false).burst)
    expect(seen).toEqual([false, false, false, false, false, true, true, true])
    expect(counter.see(B, true)).toMatchObject({ burst: true, newVisitor: false })
    c.advance(1000)
    expect(counter.see(B, true)).toMatchObject({ burst: false, newVisitor: true })
  })

  it('dates days in Amsterdam time', () => {
    expect(dayOf(Date.parse('2026-06-30T22:30:00Z'))).toBe('2026-07-01')
    expect(dayOf(Date.parse('2026-01-01T00:30:00Z'))).toBe('2026-01-01')
  })
})
