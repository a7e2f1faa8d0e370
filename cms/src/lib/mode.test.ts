import { describe, expect, it } from 'vitest'
import { isDemoMode, secretProblem } from './mode'

// CWE-798/CWE-1391: a missing or well-known secret lets anyone sign an admin's login token.
describe('secret and mode', () => {
  it('refuses a missing, default, short or trivial secret with a clear message', () => {
    expect(secretProblem(undefined)).toMatch(/ontbreekt/)
    expect(secretProblem('YOUR_SECRET_HERE')).toMatch(/standaardwaarde/)
    expect(secretProblem('kort-geheim')).toMatch(/te kort/)
    expect(secretProblem('a'.repeat(40))).toMatch(/te eenvoudig/)
    expect(secretProblem('3f9c2b7e4d1a8f6c0b5e9d2a7c4f1e8b')).toBeUndefined()
  })

  it('is demo only when the start command or a test says so', () => {
    expect(isDemoMode({ CMS_DEMO: '1' })).toBe(true)
    expect(isDemoMode({ VITEST: 'true' })).toBe(true)
    expect(isDemoMode({})).toBe(false)
    expect(isDemoMode({ CMS_DEMO: 'true', NODE_ENV: 'production' })).toBe(false)
  })
})
