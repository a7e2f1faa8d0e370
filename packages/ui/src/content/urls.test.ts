import { readdirSync } from 'node:fs'
import path from 'node:path'
import { SITES_DIR } from '@vsp/test-support/fixtures'
import { describe, expect, it } from 'vitest'
import { RESERVED_PROFESSIONAL_SLUGS, SITE_ROUTES, routeSegments } from './urls'

const sitesDir = SITES_DIR

/** The URL of each route file of a site (`tips/delen.astro` → `/tips/delen/`; params stay `[x]`). */
function routeFiles(site: string): string[] {
  const pages = path.join(sitesDir, site, 'src/pages')
  return readdirSync(pages, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(astro|ts)$/.test(file))
    .map((file) => `/${file.replace(/\.(astro|ts)$/, '').replace(/(^|\/)index$/, '')}/`.replace(/\/+/g, '/'))
}

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
    for (const folder of Object.values(routes.folders)) expect(files.some((url) => url.startsWith(folder) && url.includes('[')), folder).toBe(true)
  })
})

describe('reserved professionals slugs', () => {
  it('are exactly the first segments of the professionals routes', () => {
    const segments = routeFiles('professionals').map((url) => url.split('/')[1]).filter((s) => s && !s.startsWith('[') && s !== '404')
    expect([...RESERVED_PROFESSIONAL_SLUGS].sort()).toEqual([...new Set(segments)].sort())
  })
})
