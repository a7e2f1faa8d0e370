import { readFileSync } from 'node:fs'
import type { Snapshot } from '@vsp/content-models'
import { FIXTURE_SNAPSHOT } from '@vsp/test-support'
import { describe, expect, it } from 'vitest'
import { warmUpPaths } from './warm-up'

const fixture = (): Snapshot => JSON.parse(readFileSync(FIXTURE_SNAPSHOT, 'utf8'))

describe('warmUpPaths: one address of each kind of page', () => {
  const served = [
    '/',
    '/404.html',
    '/checklists/',
    '/checklists/fraude/',
    '/checklists/woninginbraak/',
    '/privacy/',
    '/tools/',
    '/tools/a/',
  ]

  it('takes every path of the first document of each kind, the share image of a landing page too', () => {
    const paths = warmUpPaths(fixture(), 'helpers', served)
    const checklists = paths.filter((p) => /^\/checklists\/[^/]+\/$/.test(p))
    expect(checklists).toHaveLength(1)
    expect(paths).toContain('/lp/iemand-steunen/og.jpg')
    expect(paths.filter((p) => p.startsWith('/cursus/')).length).toBeGreaterThan(1)
    // no stappenplannen on the helpers site
    expect(paths.some((p) => p.startsWith('/stappenplannen/'))).toBe(false)
  })

  it('adds one served page per first folder and depth that no document has', () => {
    const paths = warmUpPaths(fixture(), 'helpers', served)
    for (const page of ['/', '/404.html', '/checklists/', '/privacy/', '/tools/']) expect(paths).toContain(page)
    expect(paths.filter((p) => p.startsWith('/tools/'))).toHaveLength(2)
    expect(new Set(paths).size).toBe(paths.length)
  })
})
