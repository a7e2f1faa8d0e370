import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { writeFilesHere, writeFilesInWorker } from './write-files'

const dir = mkdtempSync(path.join(tmpdir(), 'write-files-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe.each([
  ['on this thread', async (files: [string, string | Uint8Array][]) => writeFilesHere(files)],
  ['on a second thread', writeFilesInWorker],
])('writing files %s', (name, write) => {
  it('makes the folders and writes text and bytes', async () => {
    const base = path.join(dir, name)
    await write([
      [path.join(base, 'd/a-0.json'), '[{"url":"/ö/"}]'],
      [path.join(base, 'd/a-1.json'), '[]'],
      [path.join(base, 't/deep/b.bin'), new Uint8Array([1, 2, 255])],
    ])
    expect(readFileSync(path.join(base, 'd/a-0.json'), 'utf8')).toBe('[{"url":"/ö/"}]')
    expect(readFileSync(path.join(base, 'd/a-1.json'), 'utf8')).toBe('[]')
    expect([...readFileSync(path.join(base, 't/deep/b.bin'))]).toEqual([1, 2, 255])
  })

  it('fails with the error of the file that could not be written', async () => {
    const blocker = path.join(dir, `${name}-a-file`)
    writeFileSync(blocker, 'no folder')
    await expect(write([[path.join(blocker, 'x.json'), '{}']])).rejects.toThrow(/EEXIST|ENOTDIR/)
  })
})
