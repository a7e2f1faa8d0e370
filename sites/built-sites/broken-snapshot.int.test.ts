/** A broken snapshot fails the build with a message that names the field; missing images do not. */
import { existsSync } from 'node:fs'
import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildSite, buildSiteOrThrow, FIXTURE_SNAPSHOT, useFixtureSites } from '@vsp/test-support'
import { fixture, mainOf } from './support'

const { html, tmp } = useFixtureSites()

describe('a broken snapshot', () => {
  it('fails the build with a message naming the document and the field', async () => {
    const broken = JSON.parse(await readFile(FIXTURE_SNAPSHOT, 'utf8'))
    delete broken.checklists[0].delict
    const file = path.join(tmp(), 'broken.json')
    await writeFile(file, JSON.stringify(broken))
    const outDir = path.join(tmp(), 'broken-dist')
    const result = await buildSite('helpers', outDir, { CONTENT_SNAPSHOT: file })
    expect(result.code).not.toBe(0)
    expect(result.output).toContain('checklists[0] "Checklist bij woninginbraak" (slug woninginbraak): veld "delict"')
    expect(existsSync(path.join(outDir, 'index.html'))).toBe(false)
  })

  it('builds without images when a media file is missing', async () => {
    const outDir = path.join(tmp(), 'no-media')
    await buildSiteOrThrow('helpers', outDir, { MEDIA_DIR: path.join(tmp(), 'empty-media') })
    const source = await html('helpers', `/videos/${fixture.videos[0].slug}/`).catch(() => '')
    const own = await readFile(path.join(outDir, `videos/${fixture.videos[0].slug}/index.html`), 'utf8')
    expect(mainOf(source)).toMatch(/<img/)
    expect(mainOf(own)).not.toMatch(/<img/)
    expect(own).toContain('Speel video af')
  }, 180_000)
})
