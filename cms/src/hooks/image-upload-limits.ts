/**
 * Limits for uploaded images (CWE-400, image bombs): a 31 KB PNG can say it is 16,000 × 16,000
 * pixels and cost seconds of CPU and hundreds of MB to decode. Only the header is read here.
 */
export const MAX_UPLOAD_BYTES = 15 * 1024 * 1024
export const MAX_UPLOAD_PIXELS = 40_000_000

const number = (n: number, digits = 0) => n.toLocaleString('nl-NL', { maximumFractionDigits: digits })

/** The Dutch reason to refuse an upload, or null when it is within the limits. */
export function uploadLimitProblem({ bytes, width, height }: { bytes: number; width?: number; height?: number }): string | null {
  if (bytes > MAX_UPLOAD_BYTES) {
    return `Het bestand is ${number(bytes / 1024 / 1024, 1)} MB; het maximum is ${number(MAX_UPLOAD_BYTES / 1024 / 1024)} MB. Maak het bestand kleiner en probeer het opnieuw.`
  }
  if (width && height && width * height > MAX_UPLOAD_PIXELS) {
    return `De afbeelding is ${number(width)} × ${number(height)} pixels (${number((width * height) / 1e6)} megapixel); \
het maximum is ${number(MAX_UPLOAD_PIXELS / 1e6)} megapixel. Verklein de afbeelding en probeer het opnieuw.`
  }
  return null
}
