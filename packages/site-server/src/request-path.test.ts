import { describe, expect, it } from 'vitest'
import { safeRequestPath } from './request-path'

describe('request paths (CWE-22, path traversal)', () => {
  it('decodes ordinary paths and drops the query', () => {
    expect(safeRequestPath('/checklists/fraude/?x=1')).toBe('/checklists/fraude/')
    expect(safeRequestPath('/zoeken/caf%C3%A9')).toBe('/zoeken/café')
  })

  it.each([
    '/../etc/passwd',
    '/..%2f..%2fetc%2fpasswd',
    '/%2e%2e/%2e%2e/etc/passwd',
    '/a/..%5c..%5cwin.ini',
    '/a%00.html',
    '/%E0%A4%A',
    'relative',
    '/./a',
  ])('refuses %s', (url) => expect(safeRequestPath(url)).toBeNull())
})
