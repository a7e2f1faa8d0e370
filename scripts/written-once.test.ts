/**
 * Lists that are defined once and derived everywhere else. A copy written out by hand compiles
 * and drifts, so this test reads the sources and fails on one: the site names live in
 * content-models (`SITE_NAMES`, `SiteName`), the routes in packages/ui's `SITE_ROUTES` (`siteUrls`).
 */
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { repoRoot } from '@vsp/steps'

const files = execFileSync('git', ['ls-files', '*.ts', '*.tsx', '*.astro', '*.mjs'], { cwd: repoRoot, encoding: 'utf8' })
  .split('\n')
  .filter(Boolean)
/** Tests may write expected values out; the code under test may not. */
const sources = files.filter((file) => !/\.test\.ts$/.test(file))

function filesMatching(pattern: RegExp, among: string[], allowed: string[] = []): string[] {
  return among.filter((file) => !allowed.includes(file) && pattern.test(readFileSync(path.join(repoRoot, file), 'utf8')))
}

describe('lists written once', () => {
  it('site names: only content-models spells them out as a list or a type', () => {
    const type = /['"]helpers['"]\s*\|\s*['"]professionals['"]|['"]professionals['"]\s*\|\s*['"]helpers['"]/
    const list = /\[\s*['"]helpers['"],\s*['"]professionals['"]\s*\]/
    expect(sources.length).toBeGreaterThan(100)
    expect(filesMatching(type, files)).toEqual([])
    expect(filesMatching(list, sources, ['content-models/src/constants.ts'])).toEqual([])
  })

  it('routes: pages link to tools through siteUrls, and a theme always has a URL', () => {
    expect(filesMatching(/`\/tools\/\$\{/, sources)).toEqual([])
    expect(filesMatching(/urls\.(theme|section)\([^()]*\)!/, sources)).toEqual([])
  })
})
