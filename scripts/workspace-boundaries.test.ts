/**
 * Workspaces import each other by package name, never by a relative path into another
 * workspace: the test reads every tracked source file and fails on such an import.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { repoRoot } from '@vsp/steps'
import { crossingImports, relativeSpecifiers, workspaceOf } from './lib/workspace-boundaries'

/** The workspace folders pnpm-workspace.yaml names (`dir` or `dir/*`), each with a package.json. */
function workspaceRoots(): string[] {
  const yaml = readFileSync(path.join(repoRoot, 'pnpm-workspace.yaml'), 'utf8')
  const block = /^packages:\n((?:\s+-.*\n)+)/m.exec(yaml)?.[1] ?? ''
  const globs = [...block.matchAll(/-\s*['"]?([^'"\n]+?)['"]?\s*$/gm)].map((m) => m[1])
  const dirs = execFileSync('git', ['ls-files', '*package.json'], { cwd: repoRoot, encoding: 'utf8' })
    .split('\n')
    .filter((f) => f.endsWith('/package.json'))
    .map((f) => path.posix.dirname(f))
  return dirs.filter((dir) => globs.some((glob) => (glob.endsWith('/*') ? path.posix.dirname(dir) === glob.slice(0, -2) : dir === glob)))
}

const SOURCES = ['*.ts', '*.tsx', '*.mts', '*.js', '*.mjs', '*.astro']

describe('workspace boundaries', () => {
  const roots = workspaceRoots()

  it('finds the workspaces of pnpm-workspace.yaml', () => {
    expect(roots).toEqual(expect.arrayContaining(['cms', 'content-models', 'scripts', 'packages/ui', 'sites/helpers']))
  })

  it('no relative import crosses from one workspace into another', () => {
    // Tracked and new files; this one holds made-up imports in strings.
    const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', ...SOURCES], {
      cwd: repoRoot,
      encoding: 'utf8',
    })
      .split('\n')
      .filter((file) => file && file !== 'scripts/workspace-boundaries.test.ts' && existsSync(path.join(repoRoot, file)))
      .map((file) => ({ file, source: readFileSync(path.join(repoRoot, file), 'utf8') }))
    expect(files.length).toBeGreaterThan(100)
    expect(crossingImports(files, roots)).toEqual([])
  })

  // The check itself, on made-up files: it must see each form of import and leave inner ones alone.
  it('catches imports, re-exports, dynamic imports and import.meta URLs that leave a workspace', () => {
    const source = [
      "import { a } from '../../packages/ui/src/index'",
      "export { b } from '../lib/b'",
      "const c = await import('../../cms/src/c')",
      "const d = new URL('../../sites/test-fixtures/snapshot.json', import.meta.url)",
      "import './local.css'",
    ].join('\n')
    expect(relativeSpecifiers(source)).toHaveLength(5)
    const found = crossingImports([{ file: 'scripts/bench/x.ts', source }], ['scripts', 'packages/ui', 'cms'])
    expect(found.map((f) => [f.specifier, f.to])).toEqual([
      ['../../packages/ui/src/index', 'packages/ui'],
      ['../../cms/src/c', 'cms'],
      ['../../sites/test-fixtures/snapshot.json', '(root)'],
    ])
    expect(workspaceOf('sites/sites.int.test.ts', ['sites/helpers'])).toBe('')
  })
})
