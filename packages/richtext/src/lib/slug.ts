/**
 * Heading ids in plain ASCII: "Nazorg bij suïcide" becomes "nazorg-bij-suicide". github-slugger
 * (rehype-slug) keeps the "ï", so the id then depends on how the text was normalised (NFC or
 * NFD look alike but give different ids) and shared links carry percent-escapes.
 */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[æ]/g, 'ae')
    .replace(/[ø]/g, 'o')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
}

/** Hands out unique ids in document order: "vragen", "vragen-2", ... */
export function createSlugger(taken: Iterable<string> = [], fallback = 'sectie') {
  const used = new Set(taken)
  return (text: string): string => {
    const base = slugify(text) || fallback
    let id = base
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`
    used.add(id)
    return id
  }
}
