/**
 * What the tests of the sites built from the fixture snapshot share: the fixture itself and how
 * they read a built page. The builds come from useFixtureSites (@vsp/test-support).
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { validateSnapshot, type Snapshot } from '@vsp/content-models'
import { FIXTURE_SNAPSHOT } from '@vsp/test-support'

const parsed = validateSnapshot(JSON.parse(readFileSync(FIXTURE_SNAPSHOT, 'utf8')))
if (!parsed.ok) throw new Error('the fixture snapshot is invalid')
export const fixture: Snapshot = parsed.snapshot

/** The page's own content, without the header (whose wordmark is an image too). */
export const mainOf = (source: string) => /<main[\s\S]*<\/main>/.exec(source)?.[0] ?? ''

/** What is inside <main>, without the tag itself. */
export const mainInner = (source: string) => /<main\b[^>]*>([\s\S]*?)<\/main>/.exec(source)?.[1] ?? ''

/** The text inside <main>, tags replaced by spaces. */
export const mainText = (source: string) =>
  mainInner(source)
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')

/** Scripts that run: everything but JSON-LD data blocks. */
export function executableScripts(source: string): string[] {
  return [...source.matchAll(/<script\b([^>]*)>/g)].map((m) => m[1]).filter((attrs) => !/type="application\/ld\+json"/.test(attrs))
}

/** The JS a page loads: its scripts and islands, and everything they import, gzip-sized. */
export function pageJsBytes(outDir: string, source: string): number {
  const seen = new Set<string>()
  const queue = [
    ...[...source.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]),
    ...[...source.matchAll(/\b(?:component|renderer)-url="([^"]+)"/g)].map((m) => m[1]),
  ]
  let bytes = gzipSync([...source.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('')).length
  while (queue.length) {
    const url = queue.pop()!
    if (seen.has(url)) continue
    seen.add(url)
    const code = readFileSync(path.join(outDir, url), 'utf8')
    bytes += gzipSync(code).length
    for (const m of code.matchAll(/(?:from|import)\s*"(\.\/[^"]+\.js)"/g)) queue.push(path.posix.join(path.posix.dirname(url), m[1]))
  }
  return bytes
}
