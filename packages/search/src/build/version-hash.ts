/**
 * `fnv1a(parts.join(separator))` (format/hash.ts) without making the joined string: the index
 * of 10,000 pages is 100+ MB of JSON. Build-only; format/hash.ts stays as the browser has it.
 */
export function fnv1aJoined(parts: readonly string[], separator: string): number {
  let hash = 0x811c9dc5
  const step = (text: string) => {
    for (let i = 0; i < text.length; i++) {
      hash ^= text.charCodeAt(i)
      hash = Math.imul(hash, 0x01000193)
    }
  }
  parts.forEach((part, i) => {
    if (i > 0) step(separator)
    step(part)
  })
  return hash >>> 0
}
