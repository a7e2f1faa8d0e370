import { describe, expect, it } from 'vitest'
import { safeLink } from './web-address'

describe('safeLink: the link of a landing page button (CWE-79)', () => {
  const check = safeLink('Link')
  it.each(['/checklists/', 'https://www.slachtofferhulp.nl/', 'mailto:info@example.nl', 'tel:0900-0101'])('accepts %s', (value) => {
    expect(check(value)).toBe(true)
  })
  it.each(['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', '//elders.example/', 'ftp://example.org/x'])(
    'refuses %s, naming the field',
    (value) => {
      expect(check(value)).toMatch(/^Veld "Link": /)
    },
  )
  it('asks for a link when it is empty', () => {
    expect(check('  ')).toBe('Vul een link in (veld "Link").')
  })
})
