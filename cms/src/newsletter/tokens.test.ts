import { describe, expect, it } from 'vitest'
import { addressHash, normaliseEmail } from './address'
import { renderPage } from './html'
import { eventSubject } from './event-subject'
import { hashToken, isTokenShaped, newToken, TOKEN_TTL_MS } from './tokens'

describe('newsletter tokens', () => {
  it('are 256 random bits, URL-safe, different each time, stored as a SHA-256 hash', () => {
    const tokens = new Set(Array.from({ length: 100 }, newToken))
    expect(tokens.size).toBe(100)
    for (const token of tokens) expect(isTokenShaped(token)).toBe(true)
    const [token] = tokens
    expect(Buffer.from(token!, 'base64url')).toHaveLength(32)
    expect(hashToken(token!)).toMatch(/^[0-9a-f]{64}$/)
    expect(hashToken(token!)).not.toContain(token)
  })

  it('refuses what is not shaped like a token before any lookup', () => {
    for (const value of [undefined, null, '', 'kort', 'x'.repeat(44), `${'a'.repeat(42)}=`, 42]) expect(isTokenShaped(value)).toBe(false)
  })

  it('expire: a confirm link after 72 hours', () => {
    expect(TOKEN_TTL_MS.confirm).toBe(72 * 60 * 60_000)
  })
})

describe('erasure hash', () => {
  it('is keyed: another secret gives another hash; case and spaces do not matter', () => {
    expect(normaliseEmail('  Iemand@Voorbeeld.NL ')).toBe('iemand@voorbeeld.nl')
    expect(addressHash('Iemand@voorbeeld.nl', 'geheim-1')).toBe(addressHash('iemand@voorbeeld.nl', 'geheim-1'))
    expect(addressHash('iemand@voorbeeld.nl', 'geheim-1')).not.toBe(addressHash('iemand@voorbeeld.nl', 'geheim-2'))
  })
})

describe('pages and events', () => {
  it('escapes what the page shows (CWE-79) and has no script', () => {
    const html = renderPage({
      title: 'Afmelden',
      paragraphs: ['<b>'],
      form: { action: '/nieuwsbrief/afmelden', token: '"><script>x</script>', button: 'Afmelden' },
    })
    expect(html).not.toContain('<script')
    expect(html).toContain('value="&quot;&gt;&lt;script&gt;x&lt;/script&gt;"')
    expect(html).toContain('<html lang="nl">')
  })

  it('turns a page path into an event subject key', () => {
    expect(eventSubject('nieuwsbrief/professionals/')).toBe('nieuwsbrief-professionals')
    expect(eventSubject(null)).toBe('nieuwsbrief')
    expect(eventSubject('//')).toBe('nieuwsbrief')
    expect(eventSubject('lp/campagne_2026')).toBe('lp-campagne-2026')
  })
})
