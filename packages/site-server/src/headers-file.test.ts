import { describe, expect, it } from 'vitest'
import { headersFor, parseHeadersFile } from './headers-file'

const FILE = `# comment
/*
  X-Content-Type-Options: nosniff
  Cache-Control: public, max-age=0
/_astro/*
  Cache-Control: public, max-age=31536000, immutable
/exact
  X-Test: yes
`

describe('the _headers file', () => {
  const rules = parseHeadersFile(FILE)

  it('reads every path and header, values with colons and commas intact', () => {
    expect(rules.map((r) => r.path)).toEqual(['/*', '/_astro/*', '/exact'])
    expect(rules[1]?.headers['Cache-Control']).toBe('public, max-age=31536000, immutable')
  })

  it('merges matching rules in order, a later rule replacing a header', () => {
    expect(headersFor(rules, '/_astro/a.js')).toEqual({
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'public, max-age=31536000, immutable',
    })
    expect(headersFor(rules, '/checklists/')).toEqual({ 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'public, max-age=0' })
    expect(headersFor(rules, '/exact')['X-Test']).toBe('yes')
    expect(headersFor(rules, '/exact/more')['X-Test']).toBeUndefined()
  })

  it('refuses a header line before any path', () => {
    expect(() => parseHeadersFile('  X-A: b\n')).toThrow(/without a path/)
  })
})
