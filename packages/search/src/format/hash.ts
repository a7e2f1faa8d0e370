/** FNV-1a, 32 bit: tiny, stable across build and browser, good enough to spread terms. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193)
  }
  return hash >>> 0
}

export function shardOf(term: string, shardCount: number): number {
  return fnv1a(term) % shardCount
}
