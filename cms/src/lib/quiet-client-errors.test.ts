import type { Payload } from 'payload'
import { describe, expect, it } from 'vitest'
import { isClientError, quietClientErrors } from './quiet-client-errors'

function fakePayload() {
  const lines: string[] = []
  const logger = {
    error: (logged: unknown) => lines.push(`error ${JSON.stringify(logged)}`),
    debug: (message: string) => lines.push(`debug ${message}`),
  }
  return { payload: { logger } as unknown as Payload, lines }
}

describe('quiet client errors', () => {
  it('knows a 4xx from a 5xx and from anything else', () => {
    expect(isClientError({ err: { status: 400 } })).toBe(true)
    expect(isClientError({ err: { status: 499 } })).toBe(true)
    expect(isClientError({ err: { status: 500 } })).toBe(false)
    expect(isClientError({ err: new Error('boom') })).toBe(false)
    expect(isClientError('a message')).toBe(false)
    expect(isClientError(undefined)).toBe(false)
  })

  it('logs a 4xx at debug level only when asked, and a 5xx always as an error', () => {
    const quiet = fakePayload()
    quietClientErrors(quiet.payload, { CMS_QUIET_CLIENT_ERRORS: '1' })
    quiet.payload.logger.error({ err: { status: 400, message: 'Invalid JSON' } })
    quiet.payload.logger.error({ err: { status: 500, message: 'kapot' } })
    expect(quiet.lines).toEqual(['debug 400 Invalid JSON', 'error {"err":{"status":500,"message":"kapot"}}'])

    const loud = fakePayload()
    quietClientErrors(loud.payload, {})
    loud.payload.logger.error({ err: { status: 400, message: 'Invalid JSON' } })
    expect(loud.lines).toEqual(['error {"err":{"status":400,"message":"Invalid JSON"}}'])
  })
})
