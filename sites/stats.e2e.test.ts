/**
 * Counting without cookies, in Chromium: the helpers site built against a stats server (the real
 * node:http ingest server with its CORS and content-type checks, recording instead of writing to
 * a database). A visit sends a page view per page with the entry page's channel, and leaves no
 * cookie and no identifier in storage; with Do Not Track or Global Privacy Control nothing is
 * sent; quick exit forgets the channel; the shared script stays under 2 KB gzip.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import type { Server } from 'node:http'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import type { Browser, BrowserContext } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { statEventInput, type StatEventInput } from '@vsp/content-models'
import { portOf, startIngestServer } from '@vsp/cms/stats-server'
import { startSiteServer, type SiteServer } from '@vsp/site-server'
import { buildSiteOrThrow, hydrated, launchChromium } from '@vsp/test-support'

let tmp: string
let dist: string
let browser: Browser
let site: SiteServer
let stats: Server
const events: StatEventInput[] = []
const refused: unknown[] = []

beforeAll(async () => {
  tmp = await mkdtemp(path.join(tmpdir(), 'vsp-stats-e2e-'))
  // The stats server's address must be known before the build (it goes into the page and the CSP).
  stats = await startIngestServer({
    port: 0,
    ingest: async (body) => {
      const parsed = statEventInput.safeParse(body)
      if (!parsed.success) return (refused.push(body), { status: 422, error: 'ongeldig' })
      events.push(parsed.data)
      return { status: 204 }
    },
  })
  dist = path.join(tmp, 'helpers')
  await buildSiteOrThrow('helpers', dist, { PUBLIC_STATS_API: `http://127.0.0.1:${portOf(stats)}` })
  site = await startSiteServer({ root: dist })
  // CORS: the stats server answers the site's origin (read when each request comes in).
  process.env.HELPERS_URL = site.url
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
  await site?.close()
  stats?.close()
  if (tmp) await rm(tmp, { recursive: true, force: true })
})

/** A context where every other host (the quick exit's neutral site) answers an empty page. */
async function context(init?: () => void): Promise<BrowserContext> {
  const ctx = await browser.newContext()
  await ctx.route(
    (url) => url.hostname !== '127.0.0.1',
    (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<title>elders</title>' }),
  )
  if (init) await ctx.addInitScript(init)
  return ctx
}

/** Waits until `n` events have arrived, or a second has passed (for the tests that expect none). */
async function arrived(n: number, ms = 1000): Promise<void> {
  const until = Date.now() + ms * 5
  while (events.length < n && Date.now() < until) await new Promise((r) => setTimeout(r, 50))
  if (n === 0) await new Promise((r) => setTimeout(r, ms))
}

describe('counting on the helpers site', () => {
  it('sends a page view per page with the entry page channel, and a click on call', async () => {
    events.length = 0
    const ctx = await context()
    const page = await ctx.newPage()
    await page.goto(`${site.url}/?utm_source=nieuwsbrief&utm_medium=email`)
    await arrived(1)
    await page.locator('a[href="/checklists/"]:visible').first().click()
    await page.waitForURL(/\/checklists\/$/)
    await arrived(2)
    expect(events.map((e) => [e.kind, e.site, e.channel])).toEqual([
      ['page-view', 'helpers', 'e-mail'],
      ['page-view', 'helpers', 'e-mail'],
    ])
    // a click on the line's number is a service of this visit
    await page.evaluate(() =>
      document.querySelector<HTMLAnchorElement>('a[href^="tel:"]')!.addEventListener('click', (e) => e.preventDefault()),
    )
    await page.click('a[href^="tel:"]')
    await arrived(3)
    expect(events[2]).toMatchObject({ kind: 'call-clicked', channel: 'e-mail' })
    expect(refused).toEqual([])
    await ctx.close()
  })

  it('counts a checklist used, a chat click and a finished course module, each once per page', async () => {
    events.length = 0
    const ctx = await context()
    const page = await ctx.newPage()
    await page.goto(`${site.url}/checklists/woninginbraak/`)
    await hydrated(page)
    await arrived(1)
    // ticking, unticking and ticking again, then printing, is one use of the checklist
    const box = page.locator('[data-checklist] input[type="checkbox"]').first()
    await box.check()
    await box.uncheck()
    await box.check()
    await page.evaluate(() => {
      window.print = () => undefined
    })
    await page.click('[data-print]')
    await arrived(2)
    await page.goto(`${site.url}/contact/`)
    await page.evaluate(() => {
      for (const link of document.querySelectorAll('[data-stats-service="chat-clicked"]'))
        link.addEventListener('click', (e) => e.preventDefault())
    })
    await page.locator('[data-stats-service="chat-clicked"]').first().click()
    await arrived(4)
    // every lesson of a module marked done; the last tick finishes the module
    const module = (await readdir(path.join(dist, 'cursus'), { withFileTypes: true })).find((entry) => entry.isDirectory())!.name
    const lessons = (await readdir(path.join(dist, 'cursus', module))).filter((name) => /^\d+$/.test(name))
    expect(lessons.length).toBeGreaterThan(1)
    for (const lesson of lessons) {
      await page.goto(`${site.url}/cursus/${module}/${lesson}/`)
      await hydrated(page)
      await page.check('#les-afgerond')
    }
    await arrived(5 + lessons.length)
    const services = events.filter((e) => e.kind !== 'page-view').map((e) => [e.kind, e.subject, e.channel])
    expect(services).toEqual([
      ['checklist-used', 'woninginbraak', 'direct'],
      ['chat-clicked', expect.stringMatching(/^[a-z0-9-]+$/), 'direct'],
      ['course-module-finished', module, 'direct'],
    ])
    expect(refused).toEqual([])
    await ctx.close()
  })

  it('leaves no cookie and no identifier in storage after a visit', async () => {
    const ctx = await context()
    const page = await ctx.newPage()
    await page.goto(`${site.url}/`)
    await page.goto(`${site.url}/checklists/woninginbraak/`)
    await hydrated(page)
    expect(await ctx.cookies()).toEqual([])
    const storage = await page.evaluate(() => ({ local: { ...localStorage }, session: { ...sessionStorage } }))
    expect(storage.local).toEqual({})
    // the tab keeps the visit's channel, and nothing else
    expect(storage.session).toEqual({ 'vsp:kanaal': 'direct' })
    expect(await page.evaluate(() => document.cookie)).toBe('')
    await ctx.close()
  })

  it('quick exit forgets the channel', async () => {
    const ctx = await context()
    const page = await ctx.newPage()
    await page.goto(`${site.url}/?utm_campaign=week-tegen-geweld`)
    expect(await page.evaluate(() => sessionStorage.getItem('vsp:kanaal'))).toBe('campagne')
    await page.click('[data-quick-exit]')
    await page.waitForURL(/google/)
    await page.goto(`${site.url}/`)
    expect(await page.evaluate(() => sessionStorage.getItem('vsp:kanaal'))).toBe('direct')
    await ctx.close()
  })

  const privacySignals: [string, () => void][] = [
    ['Global Privacy Control', () => Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true })],
    ['Do Not Track', () => Object.defineProperty(Navigator.prototype, 'doNotTrack', { get: () => '1' })],
  ]
  it.each(privacySignals)('with %s set, counts nothing: no page view, no service, nothing stored', async (_, signal) => {
    events.length = 0
    const ctx = await context(signal)
    const page = await ctx.newPage()
    await page.goto(`${site.url}/?utm_medium=email`)
    await page.goto(`${site.url}/checklists/`)
    await page.evaluate(() =>
      document.querySelector<HTMLAnchorElement>('a[href^="tel:"]')!.addEventListener('click', (e) => e.preventDefault()),
    )
    await page.click('a[href^="tel:"]')
    await arrived(0)
    expect(events).toEqual([])
    expect(await page.evaluate(() => ({ ...sessionStorage }))).toEqual({})
    await ctx.close()
  })

  it('keeps the shared script (quick exit and counting included) under 2 KB gzip', async () => {
    // The privacy page has no islands: what it loads is the shared script only.
    const html = await readFile(path.join(dist, 'privacy/index.html'), 'utf8')
    const inline = [...html.matchAll(/<script type="module"(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1])
    const files = [...html.matchAll(/<script type="module"[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1])
    // with every chunk those import (a chunk shared with the islands counts too)
    const seen = new Set<string>()
    const load = async (src: string): Promise<string[]> => {
      if (seen.has(src)) return []
      seen.add(src)
      const text = await readFile(path.join(dist, src), 'utf8')
      const imports = [...text.matchAll(/(?:from|import)\s*["']([^"']+\.js)["']/g)].map((m) =>
        path.posix.join(path.posix.dirname(src), m[1]),
      )
      return [text, ...(await Promise.all(imports.map(load))).flat()]
    }
    const nested = await Promise.all(
      [...inline.flatMap((t) => [...t.matchAll(/(?:from|import)\s*["']([^"']+\.js)["']/g)].map((m) => m[1])), ...files].map(load),
    )
    const code = [...inline, ...nested.flat()].join('\n')
    expect(code).toContain('vsp:kanaal')
    expect(code).toContain('data-quick-exit')
    const gzip = gzipSync(code, { level: 9 }).length
    console.log(`shared script: ${Buffer.byteLength(code)} bytes, ${gzip} bytes gzip`)
    expect(gzip).toBeLessThan(2048)
  })
})
