/**
 * The static build renders on two threads (packages/site-integration/src/parallel-render/parallel-prerenderer.ts):
 * a worker renders pages beside Astro's own renderer and reads every page's facts for the
 * after-build. Its output must be that of Astro's one-thread render, file for file, and the
 * after-build must not have read the pages back from disk.
 */
import { readFileSync } from 'node:fs'
import { mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { buildSite } from '@vsp/test-support'

const dirs: string[] = []
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true })
})

async function files(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true })
  return entries.map((e) => path.relative(dir, path.join(e.parentPath, e.name))).sort()
}

/** The print header carries the build's date: two builds around midnight may differ there only. */
const withoutPrintDate = (content: Buffer) =>
  content.toString('latin1').replace(/<time data-print-date[^>]*>[^<]*<\/time>/g, '<time data-print-date>')

describe('the render worker', () => {
  it('builds the same files as Astro alone, and the after-build reads no page back from disk', async () => {
    const [two, one] = await Promise.all(
      ['two', 'one'].map(async (name) => {
        const dir = await mkdtemp(path.join(tmpdir(), `vsp-render-${name}-`))
        dirs.push(dir)
        return dir
      }),
    )
    const [withWorker, alone] = await Promise.all([buildSite('helpers', two), buildSite('helpers', one, { SITE_RENDER_WORKER: '0' })])
    expect(withWorker.code, withWorker.output.slice(-3000)).toBe(0)
    expect(alone.code, alone.output.slice(-3000)).toBe(0)

    const names = await files(two)
    expect(names).toEqual(await files(one))
    expect(names.filter((name) => name.endsWith('.html')).length).toBeGreaterThan(30)
    for (const name of names.filter((n) => path.extname(n))) {
      const [a, b] = [readFileSync(path.join(two, name)), readFileSync(path.join(one, name))]
      if (!a.equals(b)) expect(withoutPrintDate(a), name).toBe(withoutPrintDate(b))
    }

    // Only 404.html is read back (its address is /404 while rendering); without the worker, every page.
    const readBack = (output: string) => Number(/\((\d+) van schijf gelezen\)/.exec(output)?.[1])
    expect(readBack(withWorker.output)).toBe(1)
    expect(readBack(alone.output)).toBeGreaterThan(30)
  }, 180_000)
})
