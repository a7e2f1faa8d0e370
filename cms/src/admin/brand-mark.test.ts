import fs from 'node:fs'
import { describe, expect, it } from 'vitest'
import { BRAND_MARK_FILE, brandMarkDataUrl } from './brand-mark'

describe('the admin shows the organisation mark', () => {
  it('reads the helpers site favicon, unchanged, as a data: URL', () => {
    const url = brandMarkDataUrl()!
    expect(url.startsWith('data:image/svg+xml;base64,')).toBe(true)
    expect(Buffer.from(url.split(',')[1], 'base64').toString('utf8')).toBe(fs.readFileSync(BRAND_MARK_FILE, 'utf8'))
  })

  it('gives nothing when the file is missing, so the admin shows the name alone', () => {
    expect(brandMarkDataUrl('/does/not/exist.svg')).toBeUndefined()
  })
})
