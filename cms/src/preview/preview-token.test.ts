import { describe, expect, it } from 'vitest'
import { PREVIEW_TOKEN_MS, signPreviewToken, verifyPreviewToken } from './preview-token'

const secret = 'een-geheim-van-de-cms-voor-de-test'
const now = Date.UTC(2026, 11, 1, 15, 0)
const claims = { collection: 'checklists', id: '7', expires: now + PREVIEW_TOKEN_MS }

// CWE-345 / CWE-613: a preview link must not be forged, altered or used after it expires.
describe('the preview token', () => {
  it('verifies what it signed, until it expires', () => {
    const token = signPreviewToken(claims, secret)
    expect(verifyPreviewToken(token, secret, now)).toEqual({ ok: true, claims })
    expect(verifyPreviewToken(token, secret, now + PREVIEW_TOKEN_MS - 1).ok).toBe(true)
    expect(verifyPreviewToken(token, secret, now + PREVIEW_TOKEN_MS)).toEqual({ ok: false, reason: 'expired' })
  })

  it('refuses a token whose claims were changed (another document, a later expiry)', () => {
    const [, signature] = signPreviewToken(claims, secret).split('.')
    for (const changed of [
      { ...claims, id: '8' },
      { ...claims, collection: 'users' },
      { ...claims, expires: claims.expires + 86_400_000 },
    ]) {
      const body = Buffer.from(JSON.stringify({ c: changed.collection, i: changed.id, e: changed.expires })).toString('base64url')
      expect(verifyPreviewToken(`${body}.${signature}`, secret, now)).toEqual({ ok: false, reason: 'tampered' })
    }
  })

  it('refuses a token signed with another secret, a changed signature and garbage', () => {
    const token = signPreviewToken(claims, secret)
    expect(verifyPreviewToken(signPreviewToken(claims, 'een ander geheim'), secret, now).ok).toBe(false)
    const flipped = token.slice(0, -1) + (token.endsWith('A') ? 'B' : 'A')
    expect(verifyPreviewToken(flipped, secret, now)).toEqual({ ok: false, reason: 'tampered' })
    for (const bad of ['', 'abc', 'a.b.c', `${token}.x`]) expect(verifyPreviewToken(bad, secret, now).ok, bad).toBe(false)
    const unsignedJunk = Buffer.from('geen json').toString('base64url')
    expect(verifyPreviewToken(`${unsignedJunk}.${token.split('.')[1]}`, secret, now).ok).toBe(false)
  })
})
