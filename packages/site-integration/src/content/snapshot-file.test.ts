import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Snapshot } from '@vsp/content-models'
import { afterAll, describe, expect, it } from 'vitest'
import { handOverSnapshot, readSnapshotFile, writeSnapshotFile } from './snapshot-file'

const cache = mkdtempSync(path.join(tmpdir(), 'snapshot-file-'))
afterAll(() => rmSync(cache, { recursive: true, force: true }))

const onDisk = { generatedAt: 'op schijf' } as unknown as Snapshot
const inMemory = { generatedAt: 'in het geheugen' } as unknown as Snapshot

describe('readSnapshotFile', () => {
  it('reads the file the pointer names when nothing was handed over under its digest', async () => {
    const pointer = await writeSnapshotFile(pathToFileURL(`${cache}/`), onDisk)
    handOverSnapshot('another-digest', inMemory)
    expect(await readSnapshotFile(pointer)).toEqual(onDisk)
  })

  it('returns the snapshot handed over under the same digest, without reading the file', async () => {
    const pointer = await writeSnapshotFile(pathToFileURL(`${cache}/`), onDisk)
    handOverSnapshot(pointer.digest, inMemory)
    expect(await readSnapshotFile(pointer)).toBe(inMemory)
  })

  it('names the file after its content: the same snapshot, the same file', async () => {
    const [a, b] = [
      await writeSnapshotFile(pathToFileURL(`${cache}/`), onDisk),
      await writeSnapshotFile(pathToFileURL(`${cache}/`), onDisk),
    ]
    const other = await writeSnapshotFile(pathToFileURL(`${cache}/`), inMemory)
    expect(a).toEqual(b)
    expect(other.digest).not.toBe(a.digest)
  })

  it('names the missing file in Dutch', async () => {
    await expect(readSnapshotFile(undefined)).rejects.toThrow(/Geen content/)
  })
})
