/**
 * The helpers site in Chromium behind the production server (@vsp/site-server) and its strict
 * CSP (CWE-79/693): islands hydrate, search runs, the video player loads after the click and
 * the island API can be reached, all with zero CSP violations. A control proves the listener
 * sees a violation when there is one.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startSiteServer, type SiteServer } from '@vsp/site-server'
import { buildSiteOrThrow, hydrated, launchChromium } from '@vsp/test-support'

const API = 'http://islands.test:3999/api/island'
let tmp: string
let browser: Browser
let server: SiteServer

beforeAll(async () => {
  tmp = await mkdtemp(path.join(tmpdir(), 'vsp-csp-e2e-'))
  const dist = path.join(tmp, 'helpers')
  await buildSiteOrThrow('helpers', dist, { PUBLIC_ISLAND_API: API })
  server = await startSiteServer({ root: dist })
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
  await server?.close()
  if (tmp) await rm(tmp, { recursive: true, force: true })
})

/** A page whose CSP violations, from the console and from `securitypolicyviolation` events, are collected. */
async function watchedPage(): Promise<{ context: BrowserContext; page: Page; violations: string[] }> {
  const context = await browser.newContext()
  // Other hosts are answered here, never reached: the video player and the island API.
  await context.route(
    (url) => url.hostname !== '127.0.0.1',
    (route) =>
      route.fulfill({ status: 204, headers: { 'access-control-allow-origin': '*', 'access-control-allow-headers': 'content-type' } }),
  )
  const page = await context.newPage()
  const violations: string[] = []
  page.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) violations.push(`console: ${message.text()}`)
  })
  await page.exposeFunction('reportCspViolation', (text: string) => violations.push(`event: ${text}`))
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      ;(window as unknown as { reportCspViolation: (t: string) => void }).reportCspViolation(
        `${e.violatedDirective} ${e.blockedURI} ${e.sample}`,
      )
    })
  })
  return { context, page, violations }
}

/** Violations are reported asynchronously; give them a moment to arrive. */
const settle = (page: Page) => page.waitForTimeout(300)

describe('the helpers site under its CSP', () => {
  it('sees a violation when there is one (control: the listener works)', async () => {
    const { context, page, violations } = await watchedPage()
    await page.goto(`${server.url}/`)
    await page.evaluate(() => {
      const script = document.createElement('script')
      script.textContent = 'window.injected = true'
      document.body.append(script)
    })
    await settle(page)
    expect(await page.evaluate(() => (window as unknown as { injected?: boolean }).injected)).toBeUndefined()
    expect(violations.join('\n')).toMatch(/script-src/)
    await context.close()
  })

  it('ticks a checklist item in its island with zero violations', async () => {
    const { context, page, violations } = await watchedPage()
    await page.goto(`${server.url}/checklists/woninginbraak/`)
    await hydrated(page)
    await page.check('#punt-wi-1')
    expect(await page.isChecked('#punt-wi-1')).toBe(true)
    await settle(page)
    expect(violations).toEqual([])
    await context.close()
  })

  it('searches with zero violations', async () => {
    const { context, page, violations } = await watchedPage()
    await page.goto(`${server.url}/zoeken/?q=woninginbraak`)
    await page.locator('[data-search-results] li').first().waitFor()
    await settle(page)
    expect(violations).toEqual([])
    await context.close()
  })

  it('loads the video player after the click with zero violations (frame-src)', async () => {
    const { context, page, violations } = await watchedPage()
    await page.goto(`${server.url}/videos/ervaringsverhaal-buurvrouw/`)
    await page.click('[data-video-play]')
    await page.locator('iframe.video__player').waitFor()
    await settle(page)
    expect(violations).toEqual([])
    await context.close()
  })

  it('lets a tool reach the island API and nothing else (connect-src)', async () => {
    const { context, page, violations } = await watchedPage()
    await page.goto(`${server.url}/tools/zelfscan-tijdsbesteding/`)
    await hydrated(page)
    const status = await page.evaluate(
      (api) =>
        fetch(`${api}/events`, { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } }).then((r) => r.status),
      API,
    )
    expect(status).toBe(204)
    await settle(page)
    expect(violations).toEqual([])
    const elsewhere = await page.evaluate(() =>
      fetch('http://elders.test/').then(
        () => 'reached',
        () => 'blocked',
      ),
    )
    expect(elsewhere).toBe('blocked')
    await settle(page)
    expect(violations.join('\n')).toMatch(/connect-src/)
    await context.close()
  })
})
