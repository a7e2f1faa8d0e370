import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { spawnSync } from 'node:child_process'
import { afterAll, describe, expect, inject, it } from 'vitest'
import { DELICTS, validateSnapshot } from '@vsp/content-models'
import { buildSiteOrThrow } from '@vsp/test-support'
import { repoRoot } from '@vsp/steps'

// The sites get published content either from an exported snapshot or from the CMS directly
// (Payload's Local API in the build process). Both are proven here on the seeded database.
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sites-from-cms-'))
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }))

const env = () => ({
  CMS_DATA_DIR: inject('cmsDataDir'),
  DATABASE_URL: inject('databaseUrl'),
  MEDIA_DIR: path.join(inject('cmsDataDir'), 'media'),
  PAYLOAD_DISABLE_JOBS: '1',
})

describe('content from the CMS', () => {
  it('exports a valid snapshot of published content only', () => {
    const out = path.join(tmp, 'snapshot.json')
    const result = spawnSync('pnpm', ['exec', 'tsx', 'scripts/export-snapshot.ts', out], {
      cwd: repoRoot,
      env: { ...process.env, ...env() },
      encoding: 'utf8',
    })
    expect(result.stdout, result.stderr).toMatch(/Snapshot written/)
    const parsed = validateSnapshot(JSON.parse(fs.readFileSync(out, 'utf8')))
    expect(parsed.ok).toBe(true)
    if (!parsed.ok) return
    expect(parsed.snapshot.checklists.every((c) => c._status === 'published')).toBe(true)
    expect(parsed.snapshot['helper-tips'].some((t) => t._status === 'draft')).toBe(false)
    // Media is staff-only over HTTP; the export still carries every poster the videos use.
    const mediaIds = new Set(parsed.snapshot.media.map((m) => m.id))
    expect(parsed.snapshot.videos.length).toBeGreaterThan(0)
    for (const video of parsed.snapshot.videos) expect(mediaIds.has(video.poster as never), video.slug).toBe(true)
  })

  it('builds the helpers site directly from the CMS, with a page per checklist', async () => {
    const outDir = path.join(tmp, 'helpers-direct')
    await buildSiteOrThrow('helpers', outDir, { ...env(), CONTENT_SOURCE: 'cms' })
    for (const delict of DELICTS) {
      expect(fs.existsSync(path.join(outDir, 'checklists', delict, 'index.html')), delict).toBe(true)
    }
  })
})
