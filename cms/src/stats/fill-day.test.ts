import { describe, expect, it } from 'vitest'
import { dayOf } from '@vsp/analytics'
import { fillDay } from './fill-day'

const call = (data: Record<string, unknown>, operation: 'create' | 'update') =>
  (fillDay as unknown as (args: { data: Record<string, unknown>; operation: string }) => Record<string, unknown>)({ data, operation })

describe('fillDay', () => {
  it('dates a service created without a day (the newsletter sign-up) today', () => {
    expect(call({ kind: 'newsletter-signup' }, 'create')).toEqual({ kind: 'newsletter-signup', day: dayOf(Date.now()) })
  })
  it('keeps a given day, and leaves updates alone', () => {
    expect(call({ day: '2026-01-02' }, 'create')).toEqual({ day: '2026-01-02' })
    expect(call({ kind: 'x' }, 'update')).toEqual({ kind: 'x' })
  })
})
