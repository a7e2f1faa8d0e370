/**
 * What the visitor ticks stays in this browser only (localStorage), under one prefix so that
 * "Wis mijn gegevens" can remove all of it at once. Storage may be unavailable (private mode):
 * then ticking still works for the visit, it is just not remembered.
 */
export const STORAGE_PREFIX = 'vsp:'

export function readSet(key: string): Set<string> {
  try {
    const raw = window.localStorage.getItem(STORAGE_PREFIX + key)
    const list: unknown = raw ? JSON.parse(raw) : []
    return new Set(Array.isArray(list) ? list.filter((x): x is string => typeof x === 'string') : [])
  } catch {
    return new Set()
  }
}

export function writeSet(key: string, values: Set<string>): void {
  try {
    if (values.size) window.localStorage.setItem(STORAGE_PREFIX + key, JSON.stringify([...values]))
    else window.localStorage.removeItem(STORAGE_PREFIX + key)
  } catch {
    // Not remembered; nothing else to do.
  }
}

/** Removes everything this site stored in the browser. */
export function clearAll(): void {
  try {
    for (const key of Object.keys(window.localStorage)) {
      if (key.startsWith(STORAGE_PREFIX)) window.localStorage.removeItem(key)
    }
  } catch {
    // Nothing stored, nothing to clear.
  }
}
