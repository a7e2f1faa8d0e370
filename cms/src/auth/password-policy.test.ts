import { describe, expect, it } from 'vitest'
import { passwordProblem } from './password-policy'

// CWE-521: weak password requirements.
describe('password policy', () => {
  it('refuses short, repetitive and common passwords with a Dutch reason', () => {
    expect(passwordProblem('abc')).toMatch(/minstens 12 tekens/)
    expect(passwordProblem('')).toMatch(/Vul een wachtwoord in/)
    expect(passwordProblem(undefined)).toMatch(/Vul een wachtwoord in/)
    expect(passwordProblem('aaaaaaaaaaaaaaaa')).toMatch(/te makkelijk/)
    expect(passwordProblem('Wachtwoord123!')).toMatch(/te makkelijk/)
    expect(passwordProblem(`${'x'.repeat(300)}abcdef`)).toMatch(/hoogstens/)
  })

  it('accepts a passphrase and the demo passwords', () => {
    expect(passwordProblem('fiets regen koffie tafel')).toBeUndefined()
    expect(passwordProblem('demo-redacteur')).toBeUndefined()
  })
})
