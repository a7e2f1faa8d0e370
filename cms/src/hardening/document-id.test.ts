import { describe, expect, it } from 'vitest'
import { isDocumentId } from './document-id'

describe('document ids in REST paths (CWE-1287)', () => {
  it('takes whole positive integers only', () => {
    expect(['1', '42', '999999999999999'].every(isDocumentId)).toBe(true)
    expect(['abc', '1abc', '0', '-1', '1.5', '1e3', '0x10', ' 1', '', '9'.repeat(16)].some(isDocumentId)).toBe(false)
  })
})
