import { afterEach, describe, expect, it } from 'vitest'
import { fixedWindow, limitFromEnv } from './rate-limit'

describe('fixedWindow', () => {
  it('lets `limit` calls through per window, then says how long to wait', () => {
    let time = 1_000_000
    const limit = fixedWindow(3, 60_000, () => time)
    expect([limit.take(), limit.take(), limit.take()]).toEqual([0, 0, 0])
    time += 15_000
    expect(limit.take()).toBe(45)
    time += 44_500
    expect(limit.take()).toBe(1)
    time += 500
    expect(limit.take()).toBe(0)
  })
})

describe('limitFromEnv', () => {
  afterEach(() => {
    delete process.env.TEST_LIMIT
    delete process.env.TEST_WINDOW_MS
  })

  it('reads the limit and window, and keeps the defaults for missing or nonsense values', () => {
    process.env.TEST_LIMIT = '1'
    const one = limitFromEnv('TEST', 5, 1000)
    expect([one.take(), one.take() > 0]).toEqual([0, true])
    process.env.TEST_LIMIT = 'veel'
    const five = limitFromEnv('TEST', 5, 1000)
    expect(Array.from({ length: 6 }, () => five.take() === 0)).toEqual([true, true, true, true, true, false])
  })
})
