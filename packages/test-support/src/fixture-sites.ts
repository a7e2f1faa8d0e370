import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll } from 'vitest'
import { SITE_NAMES, type SiteName } from '@vsp/content-models'
import { buildSiteOrThrow } from './build-site'

export interface FixtureSites {
  /** Each site's build of the fixture snapshot (filled before the file's first test). */
  out: Record<SiteName, string>
  /** A temporary folder of the file's own, removed after its last test. */
  tmp: () => string
  /** A built page's HTML by its site path ("/", "/checklists/fraude/", "/404.html"). */
  html: (site: SiteName, page: string) => Promise<string>
}

/**
 * Both sites built from the fixture snapshot with nothing baked in, for the test file that calls
 * it: each file gets its own copy, and the build itself is made once per test run (./build-cache.ts).
 */
export function useFixtureSites(): FixtureSites {
  let tmp = ''
  const out = { helpers: '', professionals: '' } as Record<SiteName, string>
  beforeAll(async () => {
    tmp = await mkdtemp(path.join(tmpdir(), 'vsp-sites-'))
    for (const site of SITE_NAMES) {
      out[site] = path.join(tmp, site)
      await buildSiteOrThrow(site, out[site])
    }
  })
  afterAll(async () => {
    if (tmp) await rm(tmp, { recursive: true, force: true })
  })
  const html = (site: SiteName, page: string) => readFile(path.join(out[site], page.endsWith('/') ? `${page}index.html` : page), 'utf8')
  return { out, tmp: () => tmp, html }
}
