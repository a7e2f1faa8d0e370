/** Small helpers the two benchmark scripts share: arguments, snapshot files, table printing. */
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import type { Snapshot } from '@vsp/content-models'
import { forSite } from '@vsp/ui'
import { siteDocuments } from '../search-quality/site-documents'
import { seedSnapshot } from './seed-snapshot'
import { syntheticSnapshot } from './synthetic-snapshot'

export function sizesArg(fallback: number[]): number[] {
  const i = process.argv.indexOf('--sizes')
  if (i < 0) return fallback
  return process.argv[i + 1]
    .split(',')
    .map((s) => Number(s.trim()))
    .filter((n) => Number.isInteger(n) && n > 0)
}

/** `--built name=DIR,name=DIR`: sites built already, by name (size or site). */
export function builtArg(): Map<string, string> {
  const i = process.argv.indexOf('--built')
  return new Map(i < 0 ? [] : process.argv[i + 1].split(',').map((p) => p.split('=') as [string, string]))
}

export function flag(name: string): boolean {
  return process.argv.includes(name)
}

/** Writes the seeded snapshot (size 0) or a synthetic one, and returns the file. */
export function writeSnapshot(dir: string, size: number | 'seed'): { file: string; snapshot: Snapshot } {
  const snapshot = size === 'seed' ? seedSnapshot() : syntheticSnapshot(size)
  const file = path.join(dir, `snapshot-${size}.json`)
  writeFileSync(file, JSON.stringify(snapshot))
  return { file, snapshot }
}

/**
 * The helpers site's index.html count for a snapshot: every indexed page plus /zoeken/
 * (noindex); 404.html is not an index.html. The tool pages (/tools/, one per tool,
 * /tips/delen/) are not in the search-quality mirror.
 */
export function expectedHelpersPages(snapshot: Snapshot): number {
  const tools = forSite(snapshot, 'helpers').tools.length
  return siteDocuments(snapshot, 'helpers').length + 1 + (tools > 0 ? tools + 1 : 0) + 1
}

export function table(header: string[], rows: (string | number)[][]): string {
  const cells = [header, ...rows.map((r) => r.map(String))]
  const widths = header.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)))
  const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...cells.slice(1).map(line)].join('\n')
}
