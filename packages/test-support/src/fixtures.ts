import path from 'node:path'
import { repoRoot } from '@vsp/steps'

/** The sites' folder: each site is `<SITES_DIR>/<site>`. */
export const SITES_DIR = path.join(repoRoot, 'sites')
/**
 * The small snapshot the site tests build from, and its images. Data, not code: it stays beside
 * the site tests (sites/test-fixtures, written by make-snapshot.mjs and scripts/fixtures/add-tools.ts).
 */
export const FIXTURE_SNAPSHOT = path.join(SITES_DIR, 'test-fixtures/snapshot.json')
export const FIXTURE_MEDIA = path.join(SITES_DIR, 'test-fixtures/media')
