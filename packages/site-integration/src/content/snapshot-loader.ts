/// <reference path="./content-source.d.ts" />
import type { Loader } from 'astro/loaders'
import { loadContent } from '@vsp/ui'
// Which module this is, astro.config decides (the alias set in astro-config.ts).
import { readContent } from '#content-source'

export const SNAPSHOT_COLLECTION = 'snapshot'
export const SNAPSHOT_ENTRY = 'snapshot'

/**
 * An Astro content loader that stores the whole validated snapshot as one entry. It runs in
 * Astro's content sync (Vite's module runner), the one place where importing the CMS and its
 * Payload Local API works; bundling Payload into the page build does not (node:sqlite et al.).
 * An invalid snapshot throws, so the build stops with the list of problems.
 */
export function snapshotLoader(): Loader {
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
