import { describe, expect, it } from 'vitest'
import { MAX_UPLOAD_BYTES, uploadLimitProblem } from './image-upload-limits'

describe('image upload limits (CWE-400)', () => {
  it('accepts a normal photo', () => {
    expect(uploadLimitProblem({ bytes: 3_000_000, width: 6000, height: 4000 })).toBeNull()
  })

  it('refuses an image bomb with a Dutch message that names the size', () => {
    expect(uploadLimitProblem({ bytes: 31_000, width: 16_000, height: 16_000 })).toBe(
      'De afbeelding is 16.000 × 16.000 pixels (256 megapixel); het maximum is 40 megapixel. Verklein de afbeelding en probeer het opnieuw.',
    )
  })

  it('refuses a file over 15 MB', () => {
    expect(uploadLimitProblem({ bytes: MAX_UPLOAD_BYTES + 1 })).toMatch(/^Het bestand is 15 MB; het maximum is 15 MB/)
  })
})
