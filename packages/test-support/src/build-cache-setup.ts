import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { BUILD_CACHE_ENV } from './build-cache'

/**
 * Vitest global setup of the projects that build sites: a build cache for this run
 * (./build-cache.ts), unless `npm test` made one for all its projects. Removed at the end.
 */
export default function setup() {
  if (process.env[BUILD_CACHE_ENV]) return
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'site-builds-'))
  process.env[BUILD_CACHE_ENV] = dir
  return () => {
    delete process.env[BUILD_CACHE_ENV]
    fs.rmSync(dir, { recursive: true, force: true })
  }
}
