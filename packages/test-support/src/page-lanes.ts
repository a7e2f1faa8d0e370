import os from 'node:os'
import type { BrowserContext, Page } from 'playwright-core'

/** As many tabs as the machine has cores (at least 2): Chromium renders each in a process of its own. */
export const PAGE_LANES = Math.max(2, Math.min(4, os.availableParallelism()))

/**
 * Visits every path in `paths` with `visit`, in PAGE_LANES tabs of `context` side by side; each
 * tab takes the next path when it is done with one. Resolves when all are visited, in no
 * particular order; the first error rejects (the other tabs finish their page first).
 */
export async function visitInLanes(
  context: BrowserContext,
  paths: readonly string[],
  visit: (page: Page, path: string) => Promise<void>,
): Promise<void> {
  let next = 0
  const lane = async () => {
    const page = await context.newPage()
    try {
      while (next < paths.length) await visit(page, paths[next++]!)
    } finally {
      await page.close()
    }
  }
  await Promise.all(Array.from({ length: Math.min(PAGE_LANES, paths.length) }, lane))
}
