import { describe, expect, it } from 'vitest'
import { isJson } from './read-json'

// CWE-352: a content type that a browser may send cross-site without a preflight must not pass.
describe('isJson', () => {
  it.each(['application/json', 'application/json; charset=utf-8', 'Application/JSON'])('takes %s', (type) => {
    expect(isJson(type)).toBe(true)
  })
  it.each(['text/plain; application/json', 'text/plain', 'application/json-patch+json', 'multipart/form-data', '', null, ';;'])(
    'refuses %s',
    (type) => {
      expect(isJson(type)).toBe(false)
    },
  )
})
