/**
 * Payload's own check that all its packages have one version is off (cms/src/lib/storage.ts:
 * storage-s3 trails payload by a patch in the registry). This does that check on the lockfile,
 * with the one known exception, so that any other mismatch still fails.
 */
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { repoRoot } from '@vsp/steps'
import { STORAGE_VERSION_LAG } from '../src/lib/storage'

const lock = fs.readFileSync(path.join(repoRoot, 'pnpm-lock.yaml'), 'utf8')
const versions = new Map<string, Set<string>>()
for (const [, name, version] of lock.matchAll(/^ {2}'?(@payloadcms\/[a-z0-9-]+|payload)@(\d+\.\d+\.\d+[^'(:]*)'?[:(]/gm)) {
  versions.set(name, (versions.get(name) ?? new Set()).add(version))
}

describe('Payload package versions', () => {
  const [payload] = [...(versions.get('payload') ?? [])]

  it('one copy of payload and of its admin UI', () => {
    expect([...(versions.get('payload') ?? [])]).toHaveLength(1)
    expect([...(versions.get('@payloadcms/ui') ?? [])]).toEqual([payload])
  })

  it("every Payload package is on payload's version, the storage plugins at most a patch behind", () => {
    const minor = payload.split('.').slice(0, 2).join('.')
    for (const [name, found] of versions) {
      for (const version of found) {
        if (STORAGE_VERSION_LAG.includes(name))
          expect(
            version.startsWith(`${minor}.`) && Number(version.split('.')[2]) <= Number(payload.split('.')[2]),
            `${name}@${version}`,
          ).toBe(true)
        else expect(version, name).toBe(payload)
      }
    }
    expect(versions.size).toBeGreaterThan(8)
  })
})
