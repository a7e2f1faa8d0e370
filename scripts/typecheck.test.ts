/**
 * Strict TypeScript everywhere: every tsconfig in the workspace compiles without errors.
 * Vitest and tsx strip types without checking them, so without this a type error would
 * reach main unnoticed. (.astro templates are checked by their builds, not here.)
 */
import { execFile } from 'node:child_process'
import path from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { repoRoot } from './lib/steps'

const PROJECTS = [
  '.', // scripts, root-level site tests and fixtures
  'content-models',
  'packages/richtext',
  'packages/tool-engine',
  'packages/search',
  'packages/ui',
  'cms',
  'sites/helpers',
  'sites/professionals',
]
const tsc = path.join(repoRoot, 'node_modules/typescript/bin/tsc')

describe('TypeScript (strict)', () => {
  it.each(PROJECTS)('%s compiles without type errors', async (project) => {
    const result = await promisify(execFile)(process.execPath, [tsc, '--noEmit', '-p', project], {
      cwd: repoRoot,
      maxBuffer: 16 * 1024 * 1024,
    }).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? String(error) }))
    expect(result.stdout.trim()).toBe('')
  }, 180_000)
})
