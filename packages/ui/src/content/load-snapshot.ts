import { formatSnapshotProblems, validateSnapshot, type Snapshot } from '@vsp/content-models'

/**
 * Loads content from a source (the CMS or a JSON file) and validates it. An invalid snapshot
 * throws one error that names every invalid document and field, so the build stops with a
 * message an editor can act on instead of rendering half a page.
 */
export async function loadContent(source: () => Promise<unknown>): Promise<Snapshot> {
  const data = await source()
  const result = validateSnapshot(data)
  if (!result.ok) {
    throw new Error(`De content is ongeldig; de site wordt niet gebouwd. Problemen:\n${formatSnapshotProblems(result.problems)}`)
  }
  return result.snapshot
}

/** Wraps a loader so that a build loads its content once, however many pages ask for it. */
export function cachedLoader<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined
  return () => {
    pending ??= load()
    return pending
  }
}
