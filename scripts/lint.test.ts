/**
 * The formatter and linter (Biome, `biome.json`) run inside the test run, so a change that is not
 * formatted or breaks a lint rule fails `npm test`. Biome does not format `.astro` templates or
 * long string literals, so a second check keeps every source line under 200 characters
 * (generated migrations aside; see biome.jsonc).
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { repoRoot } from '@vsp/steps'

const MAX_LINE = 200
/** Written by `payload migrate:create`, not by hand. */
const GENERATED = /^cms\/src\/migrations\/\d/
const SOURCE = ['*.ts', '*.tsx', '*.mts', '*.mjs', '*.js', '*.astro', '*.css', '*.scss']

describe('code style', () => {
  it('is formatted and passes the linter (biome ci)', () => {
    const biome = path.join(repoRoot, 'node_modules', '.bin', 'biome')
    const run = spawnSync(biome, ['ci', '--reporter=summary', '--colors=off', '.'], { cwd: repoRoot, encoding: 'utf8' })
    // a crashed or missing biome has no exit code 0, so it cannot pass by printing nothing
    expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0)
    expect(`${run.stdout}${run.stderr}`).toMatch(/Checked \d+ files?/)
  }, 120_000)

  it(`has no source line over ${MAX_LINE} characters`, () => {
    const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '--', ...SOURCE], {
      cwd: repoRoot,
      encoding: 'utf8',
    })
      .split('\n')
      // a file deleted in the work tree but still in the index has nothing to check
      .filter((file) => file && !GENERATED.test(file) && existsSync(path.join(repoRoot, file)))
    expect(files.length).toBeGreaterThan(100)
    const long = files.flatMap((file) =>
      readFileSync(path.join(repoRoot, file), 'utf8')
        .split('\n')
        .flatMap((line, index) => ([...line].length > MAX_LINE ? [`${file}:${index + 1}`] : [])),
    )
    expect(long).toEqual([])
  })
})
