/// <reference path="./content-source.d.ts" />
import type { Loader } from 'astro/loaders'
import { loadContent } from '@vsp/ui/load-content'
// Which module this is, astro.config decides (the alias set in astro-config.ts).
import { readContent } from '#content-source'
import { handOverSnapshot, writeSnapshotFile } from './snapshot-file'

export const SNAPSHOT_COLLECTION = 'snapshot'
export const SNAPSHOT_ENTRY = 'snapshot'

/**
 * An Astro content loader for the whole validated snapshot. It runs in
 * Astro's content sync (Vite's module runner), the one place where importing the CMS and its
 * Payload Local API works; bundling Payload into the page build does not (node:sqlite et al.).
 * An invalid snapshot throws, so the build stops with the list of problems. The snapshot itself
 * goes into a file in the cache folder; the one entry holds its path and digest
 * (snapshot-file.ts: why not the content itself). Pages read it with `readSnapshotFile`.
 */
export function snapshotLoader(): Loader {
  return {
    name: 'vsp-snapshot',
    load: async ({ store, logger, config }) => {
      const snapshot = await loadContent(readContent)
      const pointer = await writeSnapshotFile(config.cacheDir, snapshot)
      handOverSnapshot(pointer.digest, snapshot)
      store.clear()
      store.set({ id: SNAPSHOT_ENTRY, data: { ...pointer }, digest: pointer.digest })
      logger.info(`content geladen: ${snapshot.checklists.length} checklists, ${snapshot.themes.length} thema's`)
    },
  }
}
