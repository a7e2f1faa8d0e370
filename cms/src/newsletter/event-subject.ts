/** A service event holds a key, not a path: `nieuwsbrief/professionals` becomes `nieuwsbrief-professionals`. */
export function eventSubject(page: string | null | undefined): string {
  const key = (page ?? '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '')
  return key || 'nieuwsbrief'
}
