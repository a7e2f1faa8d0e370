/**
 * How the sites address the reader: "u" on both sites (the professionals site chose "u" too).
 * Quoted speech keeps its "je": the seed quotes what a helper might say to a victim ("Hoe gaat
 * het met je?"), and transcripts and visitors' own tips keep the speaker's words.
 */
const INFORMAL = /(?<![\p{L}-])(je|jij|jou|jouw|jouwe|jezelf|jullie)(?![\p{L}-])/giu

/** The text without its quotations ("…", “…”, „…”), which may speak to someone else. */
export function withoutQuotations(text: string): string {
  return text.replace(/"[^"\n]*"|“[^”\n]*”|„[^”"\n]*[”"]/g, ' ')
}

/** Each informal pronoun outside quotations, with a little text around it to find it by. */
export function informalAddress(text: string): string[] {
  const plain = withoutQuotations(text)
  return [...plain.matchAll(INFORMAL)].map((m) =>
    plain
      .slice(Math.max(0, m.index - 30), m.index + m[0].length + 30)
      .replace(/\s+/g, ' ')
      .trim(),
  )
}

/** Every string in a seed document (titles, bodies, questions, advice), but no keys, slugs or links. */
export function visibleStrings(
  value: unknown,
  skip: readonly string[] = ['key', 'slug', 'href', 'question', 'id', 'hostingUrl', 'captionsUrl'],
): string[] {
  if (typeof value === 'string') return [value]
  if (Array.isArray(value)) return value.flatMap((item) => visibleStrings(item, skip))
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([name, item]) => (skip.includes(name) ? [] : visibleStrings(item, skip)))
  }
  return []
}
