/**
 * Strict TypeScript everywhere: every tsconfig in the workspace compiles without errors.
 * Vitest and tsx strip types without checking them, so without this a type error would
 * reach main unnoticed. `astro check` does the same for the .astro templates: each site's
 * own, and the shared components in packages/ui (checked as an Astro root of their own).
 */
import { execFile } from 'node:child_process'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { snapshotBuildEnv } from './lib/sites'
import { repoRoot } from '@vsp/steps'

const PROJECTS = [
  '.', // scripts, root-level site tests and fixtures
  'content-models',
  'packages/richtext',
  'packages/tool-engine',
  'packages/search',
  'packages/analytics',
  'packages/ui',
  'packages/site-server',
  'packages/site-integration',
  'packages/site-publish',
  'packages/site-renderer',
  'packages/site-preview',
  'packages/steps',
  'packages/test-support',
  'cms',
  'sites/helpers',
  'sites/professionals',
]
const ASTRO_ROOTS = ['sites/helpers', 'sites/professionals', 'packages/ui', 'packages/site-integration']
const fixtures = path.join(repoRoot, 'sites/test-fixtures')
const tsc = path.join(repoRoot, 'node_modules/typescript/bin/tsc')

/** Runs a command and resolves with its exit code and output; never rejects on a non-zero exit. */
function run(command: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }) {
  return promisify(execFile)(command, args, { ...options, maxBuffer: 16 * 1024 * 1024 }).then(
    ({ stdout, stderr }) => ({ code: 0, output: `${stdout}${stderr}` }),
    (error: { code?: number | string; stdout?: string; stderr?: string }) => ({
      code: typeof error.code === 'number' ? error.code : -1,
      output: `${error.stdout ?? ''}${error.stderr ?? ''}${String(error)}`,
    }),
  )
}

/**
 * Every check starts at once when the file loads, in lanes that run side by side (vitest runs
 * one test file at a time on a 2-core machine, so a second core would sit idle): the astro lane
 * checks the two sites with tsc first and then the four Astro roots one at a time (each syncs
 * content through the site's loader first, and a site's tsc reads the `.astro/` that its check
 * writes); the other projects share the remaining lanes. Each test then awaits its own result.
 */
const ASTRO_LANE_TSC = ['sites/helpers', 'sites/professionals']
const tscOf = (project: string) => run(process.execPath, [tsc, '--noEmit', '-p', project], { cwd: repoRoot })
function astroCheck(root: string) {
  // packages/ui is not a site, so it borrows the helpers site's astro and @astrojs/check.
  const astro = path.join(repoRoot, 'sites/helpers/node_modules/.bin/astro')
  return run(astro, ['check', '--root', path.join(repoRoot, root)], {
    cwd: path.join(repoRoot, 'sites/helpers'),
    env: { ...process.env, ...snapshotBuildEnv(path.join(fixtures, 'snapshot.json'), path.join(fixtures, 'media')) },
  })
}

type Result = Awaited<ReturnType<typeof run>>
const tscResults = new Map<string, Promise<Result>>()
const astroResults = new Map<string, Promise<Result>>()
let astroLane: Promise<unknown> = Promise.resolve()
for (const project of ASTRO_LANE_TSC) {
  const result = astroLane.then(() => tscOf(project))
  tscResults.set(project, result)
  astroLane = result
}
for (const root of ASTRO_ROOTS) {
  const result = astroLane.then(() => astroCheck(root))
  astroResults.set(root, result)
  astroLane = result
}
const queue = PROJECTS.filter((p) => !ASTRO_LANE_TSC.includes(p))
const lanes = Math.max(1, Math.min(3, os.availableParallelism() - 1))
const next: Promise<unknown>[] = Array.from({ length: lanes }, () => Promise.resolve())
queue.forEach((project, i) => {
  const result = next[i % lanes]!.then(() => tscOf(project))
  tscResults.set(project, result)
  next[i % lanes] = result
})

describe('TypeScript (strict)', () => {
  // The exit code, not only the output: a tsc that crashes may print nothing to stdout.
  it.each(PROJECTS)(
    '%s compiles without type errors',
    async (project) => {
      const result = await tscResults.get(project)!
      expect(result, result.output).toEqual({ code: 0, output: '' })
    },
    300_000,
  )
})

describe('Astro templates (astro check)', () => {
  it.each(ASTRO_ROOTS)(
    '%s has no errors or warnings',
    async (root) => {
      const result = await astroResults.get(root)!
      expect(result.code, result.output).toBe(0)
      const summary = /Result \(\d+ files\):\s*\n- (\d+) errors?\n- (\d+) warnings?/.exec(result.output)
      expect(summary, result.output).not.toBeNull()
      expect({ errors: Number(summary?.[1]), warnings: Number(summary?.[2]) }, result.output).toEqual({ errors: 0, warnings: 0 })
    },
    300_000,
  )
})
