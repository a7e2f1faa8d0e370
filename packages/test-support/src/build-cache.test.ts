import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { BUILD_CACHE_ENV, buildKey, cachedBuild, keepBuild } from './build-cache'
import { FIXTURE_SNAPSHOT } from './fixtures'

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'vsp-build-cache-'))
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }))
const snapshotEnv = { CONTENT_SOURCE: 'snapshot', CONTENT_SNAPSHOT: FIXTURE_SNAPSHOT }

describe('the build cache key', () => {
  it('is the same for the same inputs, whatever else the test process has in its environment', () => {
    const key = buildKey('helpers', snapshotEnv)
    expect(key).toMatch(/^[0-9a-f]{64}$/)
    expect(buildKey('helpers', { ...snapshotEnv, VITEST_POOL_ID: '3', ASTRO_CACHE_DIR: '/elders' })).toBe(key)
  })

  it('differs by site, by what the build bakes in, and by the snapshot bytes', () => {
    const key = buildKey('helpers', snapshotEnv)
    expect(buildKey('professionals', snapshotEnv)).not.toBe(key)
    expect(buildKey('helpers', { ...snapshotEnv, PUBLIC_ISLAND_API: 'https://island.test/api/island' })).not.toBe(key)
    expect(buildKey('helpers', { ...snapshotEnv, MEDIA_DIR: path.join(tmp, 'geen-media') })).not.toBe(key)
    const copy = path.join(tmp, 'snapshot.json')
    fs.copyFileSync(FIXTURE_SNAPSHOT, copy)
    expect(buildKey('helpers', { ...snapshotEnv, CONTENT_SNAPSHOT: copy })).toBe(key)
    fs.appendFileSync(copy, ' ')
    expect(buildKey('helpers', { ...snapshotEnv, CONTENT_SNAPSHOT: copy })).not.toBe(key)
  })

  it('is null for a build from a running CMS, whose content is in no file', () => {
    expect(buildKey('helpers', { CONTENT_SOURCE: 'cms' })).toBeNull()
  })
})

describe('the cache', () => {
  it('keeps nothing without SITE_BUILD_CACHE, and a kept build by its key with it', () => {
    const before = process.env[BUILD_CACHE_ENV]
    const built = path.join(tmp, 'dist')
    fs.mkdirSync(built)
    fs.writeFileSync(path.join(built, 'index.html'), '<p>ok</p>')
    try {
      delete process.env[BUILD_CACHE_ENV]
      keepBuild('abc', built)
      expect(cachedBuild('abc')).toBeNull()
      process.env[BUILD_CACHE_ENV] = fs.mkdtempSync(path.join(tmp, 'cache-'))
      expect(cachedBuild('abc')).toBeNull()
      keepBuild('abc', built)
      const kept = cachedBuild('abc')
      expect(kept && fs.readFileSync(path.join(kept, 'index.html'), 'utf8')).toBe('<p>ok</p>')
      expect(cachedBuild(null)).toBeNull()
    } finally {
      if (before === undefined) delete process.env[BUILD_CACHE_ENV]
      else process.env[BUILD_CACHE_ENV] = before
    }
  })
})
