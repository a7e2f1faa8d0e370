import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { replaceDir } from './sites'

describe('replaceDir', () => {
  it('puts the new build in place of the served one and leaves nothing behind', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'replace-dir-'))
    const target = path.join(root, 'dist')
    const next = path.join(root, 'dist-next')
    fs.mkdirSync(path.join(target, 'oud'), { recursive: true })
    fs.writeFileSync(path.join(target, 'index.html'), 'oud')
    fs.mkdirSync(path.join(next, 'nieuw'), { recursive: true })
    fs.writeFileSync(path.join(next, 'index.html'), 'nieuw')

    replaceDir(next, target)

    expect(fs.readFileSync(path.join(target, 'index.html'), 'utf8')).toBe('nieuw')
    expect(fs.readdirSync(root)).toEqual(['dist'])
    expect(fs.readdirSync(target).sort()).toEqual(['index.html', 'nieuw'])
    fs.rmSync(root, { recursive: true, force: true })
  })

  it('works when nothing was served yet', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'replace-dir-'))
    fs.mkdirSync(path.join(root, 'dist-next'))
    replaceDir(path.join(root, 'dist-next'), path.join(root, 'dist'))
    expect(fs.readdirSync(root)).toEqual(['dist'])
    fs.rmSync(root, { recursive: true, force: true })
  })
})
