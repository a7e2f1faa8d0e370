import type { Loader } from 'astro/loaders'
import { loadContent } from '../content/load-snapshot'

export const SNAPSHOT_COLLECTION = 'snapshot'
export const SNAPSHOT_ENTRY = 'snapshot'

/**
 * An Astro content loader that stores the whole validated snapshot as one entry. It runs in
 * Astro's content sync (Vite's module runner), the one place where importing the CMS and its
 * Payload Local API works; bundling Payload into the page build does not (node:sqlite et al.).
 * An invalid snapshot throws, so the build stops with the list of problems.
 */
export function snapshotLoader(readContent: () => Promise<unknown>): Loader {
  return {
    name: 'vsp-snapshot',
    load: async ({ store, logger }) => {
      const snapshot = await loadContent(readContent)
      store.clear()
      store.set({ id: SNAPSHOT_ENTRY, data: snapshot as unknown as Record<string, unknown> })
      logger.info(`content geladen: ${snapshot.checklists.length} checklists, ${snapshot.themes.length} thema's`)
    },
  }
}
