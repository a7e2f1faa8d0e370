import { describe, expect, it } from 'vitest'
import { fnv1a } from '../format/hash'
import { fnv1aJoined } from './version-hash'

describe('fnv1aJoined', () => {
  it('hashes parts as fnv1a hashes their joined string', () => {
    for (const parts of [[], [''], ['a'], ['{"postings":{}}', '', '[{"url":"/é/"}]', 'x']]) {
      expect(fnv1aJoined(parts, '\n')).toBe(fnv1a(parts.join('\n')))
    }
    expect(fnv1a('a\nb')).not.toBe(fnv1a('ab'))
  })
})
