import { describe, expect, it } from 'vitest'
import { contactHref, isWebAddress, safeHref } from './links'

// CWE-79: an editor-typed address must never become a script link on a public page.
describe('links typed by editors', () => {
  it.each([
    'javascript:alert(1)',
    ' JavaScript:alert(1)',
    'data:text/html,<script>x</script>',
    'vbscript:x',
    '//evil.example/x',
    'java\tscript:x',
  ])('never turns %j into an href', (value) => {
    expect(safeHref(value)).toBeUndefined()
    expect(contactHref('website', value)).toBeUndefined()
    expect(contactHref('chat', value)).toBeUndefined()
    expect(isWebAddress(value)).toBe(false)
  })
  it('keeps web addresses, site paths, mail and phone links', () => {
    expect(safeHref('https://www.veiligthuis.nl/')).toBe('https://www.veiligthuis.nl/')
    expect(safeHref('/captions/a.vtt')).toBe('/captions/a.vtt')
    expect(contactHref('phone', '0800-2000')).toBe('tel:08002000')
    expect(contactHref('email', 'info@example.org')).toBe('mailto:info@example.org')
    expect(contactHref('whatsapp', '06 12 34 56 78')).toBe('https://wa.me/0612345678')
    expect(contactHref('chat', 'https://chat.example.org')).toBe('https://chat.example.org')
  })
  it('does not take mail or phone links as a web address', () => {
    expect(isWebAddress('mailto:a@b.nl')).toBe(false)
    expect(contactHref('website', 'tel:112')).toBeUndefined()
  })
})
