import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import type { Browser, BrowserContext } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SITE_NAMES, type SiteName } from '@vsp/content-models'
import { buildSiteOrThrow, builtPages, hydrated, launchChromium, serveStatic, tabTo, visitInLanes, WCAG_22_AA } from '@vsp/test-support'

const SITES = SITE_NAMES
const QUICK_EXIT_URL = 'https://www.google.nl/'
/** A common phone screen (iPhone 12 to 15), in CSS pixels. */
const PHONE = { width: 390, height: 844 }

let tmp: string
let browser: Browser
const servers: Record<SiteName, { url: string; close: () => Promise<void>; pages: string[] }> = {} as never

beforeAll(async () => {
  tmp = await mkdtemp(path.join(tmpdir(), 'vsp-e2e-'))
  for (const site of SITES) {
    const outDir = path.join(tmp, site)
    await buildSiteOrThrow(site, outDir)
    servers[site] = { ...(await serveStatic(outDir)), pages: await builtPages(outDir) }
  }
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
  for (const site of SITES) await servers[site]?.close()
  if (tmp) await rm(tmp, { recursive: true, force: true })
})

const isLocal = (url: string) => ['127.0.0.1', 'localhost'].includes(new URL(url).hostname) || url.startsWith('data:')

/** A context that records every request, and answers (never forwards) requests to other hosts. */
async function recordingContext(): Promise<{ context: BrowserContext; external: string[] }> {
  const context = await browser.newContext()
  const external: string[] = []
  context.on('request', (request) => {
    if (!isLocal(request.url())) external.push(request.url())
  })
  await context.route(
    (url) => !isLocal(url.href),
    (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Extern</title><p>Extern</p>' }),
  )
  return { context, external }
}

describe.each(SITES)('the %s site in a browser', (site) => {
  it('has no WCAG 2.2 AA violations on any page, makes no external requests and sets no cookies', async () => {
    const { context, external } = await recordingContext()
    const problems: string[] = []
    expect(servers[site].pages.length).toBeGreaterThan(10)
    // Several tabs at once (visitInLanes): axe's work is Chromium's, one renderer process per tab.
    await visitInLanes(context, servers[site].pages, async (page, pagePath) => {
      await page.goto(servers[site].url + pagePath)
      await hydrated(page)
      const result = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze()
      for (const v of result.violations) {
        problems.push(`${pagePath}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
      }
    })
    expect(problems.sort()).toEqual([])
    expect(external).toEqual([])
    expect(await context.cookies()).toEqual([])
    await context.close()
    // axe on every page: about 2 s a page on a busy machine, more pages than the default allows.
  }, 400_000)

  it('reflows at 400% zoom (320 CSS pixels wide) without horizontal scrolling', async () => {
    const context = await browser.newContext({ viewport: { width: 320, height: 256 } })
    const overflowing: string[] = []
    await visitInLanes(context, servers[site].pages, async (page, pagePath) => {
      await page.goto(servers[site].url + pagePath)
      const width = await page.evaluate(() => document.documentElement.scrollWidth)
      if (width > 320) overflowing.push(`${pagePath}: ${width}px`)
    })
    expect(overflowing.sort()).toEqual([])
    await context.close()
  })

  it('shows the first heading of every page in the top 40% of a phone screen', async () => {
    const context = await browser.newContext({ viewport: PHONE })
    const low: string[] = []
    await visitInLanes(context, servers[site].pages, async (page, pagePath) => {
      await page.goto(servers[site].url + pagePath)
      await hydrated(page)
      const top = await page.evaluate(() => document.querySelector('main h1, main h2')?.getBoundingClientRect().top ?? Infinity)
      if (top > PHONE.height * 0.4) low.push(`${pagePath}: ${Math.round(top)}px`)
    })
    expect(low.sort()).toEqual([])
    await context.close()
  })

  it('has a compact menu on a phone that opens without JavaScript, and the full menu from tablet width', async () => {
    const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(`${servers[site].url}/`)
    const firstLink = page.locator('[data-site-menu] a').first()
    expect(await page.locator('[data-site-nav]').isVisible()).toBe(false)
    expect(await firstLink.isVisible()).toBe(false)
    await page.click('[data-site-menu] summary')
    expect(await firstLink.isVisible()).toBe(true)
    await Promise.all([page.waitForURL(`**${await firstLink.getAttribute('href')}`), firstLink.click()])
    await page.setViewportSize({ width: 800, height: 1000 })
    expect(await page.locator('[data-site-menu]').isVisible()).toBe(false)
    expect(await page.locator('[data-site-nav] a').first().isVisible()).toBe(true)
    await context.close()
  })

  it('finds the page a visitor is after on /zoeken/', async () => {
    // From the fixture: the page whose title is the query must be among the first three.
    const { query, href, title } = {
      helpers: { query: 'woninginbraak', href: '/checklists/woninginbraak/', title: 'Checklist bij woninginbraak' },
      professionals: { query: 'signalenwijzer', href: '/signalenwijzer/', title: 'Signalenwijzer' },
    }[site]
    const { context, external } = await recordingContext()
    const page = await context.newPage()
    await page.goto(`${servers[site].url}/zoeken/?q=${query}`)
    const results = page.locator('[data-search-results] li')
    await results.first().waitFor()
    expect(await page.locator('[role="status"]').first().textContent()).toMatch(/\d+ resultat?en? voor/)
    const top = await results.evaluateAll((items) =>
      items
        .slice(0, 3)
        .map((li) => ({ href: li.querySelector('a')?.getAttribute('href'), text: li.querySelector('a')?.textContent?.trim() })),
    )
    expect(top, JSON.stringify(top)).toContainEqual({ href, text: title })
    expect(external).toEqual([])
    await context.close()
  })

  it('steps through a course lesson with the keyboard only', async () => {
    const { context } = await recordingContext()
    const page = await context.newPage()
    const base = site === 'helpers' ? '/cursus/in-8-stappen-beter-helpen/' : '/trainingen/in-8-stappen-beter-helpen/'
    await page.goto(`${servers[site].url}${base}1/`)
    await hydrated(page)
    await tabTo(page, '#les-afgerond')
    await page.keyboard.press('Space')
    expect(await page.isChecked('#les-afgerond')).toBe(true)
    await tabTo(page, '[data-lesson-next]')
    await Promise.all([page.waitForURL(`**${base}2/`), page.keyboard.press('Enter')])
    await page.goto(`${servers[site].url}${base}`)
    await hydrated(page)
    await expect.poll(() => page.locator('[data-module-progress] li').first().textContent()).toContain('afgerond')
    await context.close()
  })
})

describe('the helpers site', () => {
  it('ticks a checklist item with Tab and Space, remembers it, and wipes it on request', async () => {
    const { context } = await recordingContext()
    const page = await context.newPage()
    const url = `${servers.helpers.url}/checklists/woninginbraak/`
    await page.goto(url)
    await hydrated(page)
    await tabTo(page, '#punt-wi-1')
    await page.keyboard.press('Space')
    expect(await page.isChecked('#punt-wi-1')).toBe(true)
    await page.reload()
    await hydrated(page)
    await expect.poll(() => page.isChecked('#punt-wi-1')).toBe(true)
    await tabTo(page, '[data-clear-data]')
    await page.keyboard.press('Enter')
    expect(await page.isChecked('#punt-wi-1')).toBe(false)
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('vsp:')))).toEqual([])
    await context.close()
  })

  it('leaves for the neutral site on Shift pressed three times, and Back does not return', async () => {
    const { context } = await recordingContext()
    const page = await context.newPage()
    await page.goto(`${servers.helpers.url}/`)
    await page.goto(`${servers.helpers.url}/checklists/woninginbraak/`)
    await hydrated(page)
    await page.keyboard.press('Shift')
    await page.keyboard.press('Shift')
    await Promise.all([page.waitForURL(QUICK_EXIT_URL), page.keyboard.press('Shift')])
    await page.goBack()
    expect(page.url()).toBe(`${servers.helpers.url}/`)
    await page.goForward()
    expect(page.url()).toBe(QUICK_EXIT_URL)
    await context.close()
  })

  it('hides the page in the same moment as the third Shift, before the neutral site loads', async () => {
    const { context } = await recordingContext()
    const page = await context.newPage()
    await page.goto(`${servers.helpers.url}/checklists/woninginbraak/`)
    // One task: the key events and the look at the page, before any navigation can happen.
    const fled = await page.evaluate(() => {
      for (let i = 0; i < 3; i++) document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Shift', bubbles: true }))
      return { title: document.title, visibility: document.documentElement.style.visibility, children: document.body.children.length }
    })
    expect(fled).toEqual({ title: '', visibility: 'hidden', children: 0 })
    await page.waitForURL(QUICK_EXIT_URL)
    await context.close()
  })

  it('does not leave on capitals typed with Shift, on Shift+Tab, or on Escape', async () => {
    const { context } = await recordingContext()
    const page = await context.newPage()
    const url = `${servers.helpers.url}/zoeken/`
    await page.goto(url)
    await hydrated(page)
    await page.focus('input[type="search"]')
    for (const key of ['KeyA', 'KeyB', 'KeyC', 'Tab', 'Tab', 'Tab']) {
      await page.keyboard.down('Shift')
      await page.keyboard.press(key)
      await page.keyboard.up('Shift')
    }
    for (let i = 0; i < 3; i++) await page.keyboard.press('Escape')
    await page.waitForTimeout(300)
    expect(page.url()).toBe(url)
    expect(await page.locator('[data-quick-exit]').isVisible()).toBe(true)
    await context.close()
  })

  it('leaves with one click on "Snel weg", which shows its shortcut', async () => {
    const { context } = await recordingContext()
    const page = await context.newPage()
    await page.goto(`${servers.helpers.url}/iemand-ondersteunen/`)
    expect(await page.locator('.quick-exit').innerText()).toMatch(/Snel weg\s+of 3× Shift/)
    await Promise.all([page.waitForURL(QUICK_EXIT_URL), page.click('text=Snel weg')])
    await context.close()
  })

  it('keeps "Snel weg" on screen and uncovered after scrolling on a phone', async () => {
    const context = await browser.newContext({ viewport: PHONE })
    const page = await context.newPage()
    await page.goto(`${servers.helpers.url}/veilig-browsen/`)
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeGreaterThan(PHONE.height * 2)
    for (const y of [PHONE.height, 100_000]) {
      await page.evaluate((top) => window.scrollTo(0, top), y)
      const onTop = await page.evaluate(() => {
        const button = document.querySelector<HTMLElement>('[data-quick-exit]')!
        const box = button.getBoundingClientRect()
        const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2)
        return { scrolled: window.scrollY > 0, inView: box.top >= 0 && box.bottom <= window.innerHeight, uncovered: button.contains(hit) }
      })
      expect(onTop).toEqual({ scrolled: true, inView: true, uncovered: true })
    }
    await context.close()
  })

  it('asks the video host nothing until play is pressed', async () => {
    const { context, external } = await recordingContext()
    const page = await context.newPage()
    await page.goto(`${servers.helpers.url}/videos/ervaringsverhaal-buurvrouw/`, { waitUntil: 'networkidle' })
    expect(external).toEqual([])
    await page.click('[data-video-play]')
    const frame = page.locator('iframe.video__player')
    expect(await frame.getAttribute('src')).toBe('https://player.vimeo.com/video/123456789?dnt=1')
    await context.close()
  })
})

describe('the professionals site', () => {
  it('has no quick exit', async () => {
    const page = await browser.newPage()
    await page.goto(`${servers.professionals.url}/`)
    expect(await page.locator('[data-quick-exit]').count()).toBe(0)
    await page.close()
  })
})
