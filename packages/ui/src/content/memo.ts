/**
 * Per-list caches for the selectors a build calls once per page. A 10,000-page build asked each
 * theme page to filter and sort all themes of its section, each video page to sort all videos,
 * each checklist item to search all themes: O(n) per page, O(n²) per build. Each cache is keyed
 * by the list itself (a WeakMap, so it goes with the list): content lists are not changed after
 * they are loaded, and a changed copy (`{ ...snapshot, themes: [...] }`) is a new key.
 */
export function perList<L extends object, V>(compute: (list: L) => V): (list: L) => V {
  const cache = new WeakMap<L, V>()
  return (list) => {
    let value = cache.get(list)
    if (value === undefined) cache.set(list, (value = compute(list)))
    return value
  }
}

/** The same order as `a.localeCompare(b, 'nl')`, with one collator instead of one per comparison. */
export const compareNl = new Intl.Collator('nl').compare

/** The items under each of their keys, in the list's order. */
export function groupBy<T>(items: readonly T[], keys: (item: T) => Iterable<string>): Map<string, T[]> {
  const groups = new Map<string, T[]>()
  for (const item of items) {
    for (const key of keys(item)) {
      const group = groups.get(key)
      if (group) group.push(item)
      else groups.set(key, [item])
    }
  }
  return groups
}
