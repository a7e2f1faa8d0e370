import path from 'node:path'

/** A relative import whose target lies in another workspace than the file that imports it. */
export interface CrossingImport {
  file: string
  specifier: string
  from: string
  to: string
}

const SPECIFIERS = [
  /\b(?:import|export)\b[^'"`;]*?\bfrom\s*['"](\.{1,2}\/[^'"]+)['"]/g,
  /\bimport\s*['"](\.{1,2}\/[^'"]+)['"]/g,
  /\bimport\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g,
  /\bnew URL\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*,\s*import\.meta\.url/g,
]

/** The relative specifiers (`./x`, `../y`) a source file imports, re-exports or resolves with `new URL`. */
export function relativeSpecifiers(source: string): string[] {
  return SPECIFIERS.flatMap((pattern) => [...source.matchAll(pattern)].map((m) => m[1]))
}

/** The workspace a repository path belongs to: the longest root that holds it; '' is the root workspace. */
export function workspaceOf(file: string, roots: readonly string[]): string {
  return roots.filter((root) => file.startsWith(`${root}/`)).sort((a, b) => b.length - a.length)[0] ?? ''
}

/**
 * Every relative import that leaves its workspace. Workspaces import each other by package name
 * (`@vsp/...`, through `exports`), so a path into another one bypasses its public entry.
 */
export function crossingImports(files: readonly { file: string; source: string }[], roots: readonly string[]): CrossingImport[] {
  return files.flatMap(({ file, source }) => {
    const from = workspaceOf(file, roots)
    return relativeSpecifiers(source).flatMap((specifier) => {
      const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier))
      const to = target.startsWith('../') ? '(outside the repository)' : workspaceOf(target, roots)
      return to === from ? [] : [{ file, specifier, from: from || '(root)', to: to || '(root)' }]
    })
  })
}
