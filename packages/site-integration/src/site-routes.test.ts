import { readdirSync } from 'node:fs'
import path from 'node:path'
import { SITE_NAMES } from '@vsp/content-models'
import { RESERVED_PROFESSIONAL_SLUGS, SITE_ROUTES, routeSegments } from '@vsp/ui'
import { SITES_DIR } from '@vsp/test-support/fixtures'
import { describe, expect, it } from 'vitest'
import { SHARED_ROUTES } from './shared-routes'

/**
 * The URL of each route of a site: its own files under src/pages and the shared routes this
 * integration injects (`tips/delen.astro` → `/tips/delen/`; params stay `[x]`).
 */
function routeFiles(site: string): string[] {
  const pages = path.join(SITES_DIR, site, 'src/pages')
  return [...readdirSync(pages, { recursive: true, encoding: 'utf8' }), ...SHARED_ROUTES.map((route) => route.file)]
    .filter((file) => /\.(astro|ts)$/.test(file))
    .map((file) => `/${file.replace(/\.(astro|ts)$/, '').replace(/(^|\/)index$/, '')}/`.replace(/\/+/g, '/'))
}

describe('shared routes', () => {
  it("are in no site's own src/pages as well", () => {
    for (const site of SITE_NAMES) {
      const own = readdirSync(path.join(SITES_DIR, site, 'src/pages'), { recursive: true, encoding: 'utf8' })
      for (const route of SHARED_ROUTES) expect(own, `${site} has its own ${route.file}`).not.toContain(route.file)
    }
  })
})

describe.each(['helpers', 'professionals'] as const)('the %s site routes', (site) => {
  const files = routeFiles(site)
  const routes = SITE_ROUTES[site]

  it('has a page file for every fixed page of SITE_ROUTES', () => {
    for (const page of Object.values(routes.pages)) expect(files, page).toContain(page)
  })

  it('lists every route folder and page of src/pages in SITE_ROUTES', () => {
    const known = routeSegments(site)
    const segments = files.map((url) => url.split('/')[1]).filter((segment) => segment && !segment.startsWith('[') && segment !== '404')
    expect(segments.length).toBeGreaterThan(5)
    for (const segment of new Set(segments)) expect(known, `/${segment}/ is a route of ${site} that SITE_ROUTES lacks`).toContain(segment)
    for (const folder of Object.values(routes.folders))
      expect(
        files.some((url) => url.startsWith(folder) && url.includes('[')),
        folder,
      ).toBe(true)
  })
})

describe('reserved professionals slugs', () => {
  it('are exactly the first segments of the professionals routes', () => {
    const segments = routeFiles('professionals')
      .map((url) => url.split('/')[1])
      .filter((s) => s && !s.startsWith('[') && s !== '404')
    expect([...RESERVED_PROFESSIONAL_SLUGS].sort()).toEqual([...new Set(segments)].sort())
  })
})
