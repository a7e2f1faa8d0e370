/**
 * The tool browser tests' shared harness: both sites built from the fixture with the island API
 * on a host of its own, Chromium, and how a visitor answers a tool step by step.
 */
import { readFileSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import type { Browser, BrowserContext, Page, Request } from 'playwright-core'
import { afterAll, beforeAll, expect } from 'vitest'
import { SITE_NAMES, type SiteName } from '@vsp/content-models'
import { buildSiteOrThrow, FIXTURE_SNAPSHOT, launchChromium, serveStatic, tabTo, WCAG_22_AA } from '@vsp/test-support'

export const SITES = SITE_NAMES
/** A host of its own, so the test proves the build takes PUBLIC_ISLAND_API and nothing leaks elsewhere. */
export const API = 'https://island.test/api/island'
/** The stats server the pages send their page views to (answered here, never reached). */
export const STATS = 'https://stats.test'
export const EVENT_KEYS = ['channel', 'kind', 'outcome', 'site', 'subject']

let tmp: string
export let browser: Browser
export const servers = {} as Record<SiteName, { url: string; close: () => Promise<void> }>
// Read when the file is collected, so each tool is a test of its own (with its own time limit).
export type FixtureTool = { slug: string; kind: string; title: string; site: string }
export const fixtureTools = (JSON.parse(readFileSync(FIXTURE_SNAPSHOT, 'utf8')) as { tools: FixtureTool[] }).tools
export const toolsOf = (site: SiteName) => fixtureTools.filter((tool) => tool.site === site || tool.site === 'both')

/** Builds both sites from the fixture, serves them and starts Chromium, for the file that calls it. */
export function useToolSites() {
  beforeAll(async () => {
    tmp = await mkdtemp(path.join(tmpdir(), 'vsp-tools-e2e-'))
    for (const site of SITES) {
      const outDir = path.join(tmp, site)
      await buildSiteOrThrow(site, outDir, { PUBLIC_ISLAND_API: API, PUBLIC_STATS_API: STATS })
      servers[site] = await serveStatic(outDir)
    }
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
    for (const site of SITES) await servers[site]?.close()
    if (tmp) await rm(tmp, { recursive: true, force: true })
  })
}

export type Api = { context: BrowserContext; events: Record<string, unknown>[]; requests: Request[]; urls: string[] }

/** A context whose island API answers 204 (or fails when `fail`); every URL the page shows is kept. */
export async function toolContext(fail = false): Promise<Api> {
  const context = await browser.newContext()
  const api: Api = { context, events: [], requests: [], urls: [] }
  context.on('request', (request) => api.requests.push(request))
  const cors = {
    'access-control-allow-origin': '*',
    'access-control-allow-headers': 'content-type',
    'access-control-allow-methods': 'POST',
  }
  await context.route(`${API}/**`, async (route) => {
    const request = route.request()
    if (fail) return route.abort('connectionrefused')
    if (request.method() === 'OPTIONS') return route.fulfill({ status: 204, headers: cors })
    if (request.url().endsWith('/events')) api.events.push(request.postDataJSON() as Record<string, unknown>)
    return route.fulfill({ status: 204, headers: cors })
  })
  await context.route(`${STATS}/**`, (route) => route.fulfill({ status: 204, headers: cors }))
  return api
}

export async function watchUrls(page: Page, api: Api) {
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) api.urls.push(frame.url())
  })
}

export const axe = async (page: Page, where: string) => {
  const result = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze()
  return result.violations.map((v) => `${where}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
}

/** The result heading of each tool kind: uitslag (scored), uitkomst (tree), plan. */
export const RESULT = '#tool-uitslag, #tool-uitkomst, #tool-plan'
export const headingText = (page: Page) => page.locator(`.tool-question, ${RESULT}`).first().innerText()
export const atResult = (page: Page) =>
  page
    .locator(RESULT)
    .count()
    .then((n) => n > 0)
export const focusIsOnHeading = (page: Page) =>
  page.evaluate((result) => document.activeElement?.matches(`.tool-question, ${result}`) ?? false, RESULT)

export type Pick = 'first' | 'last'

/** Answers the step on screen with the keyboard only and presses Volgende. Returns the question. */
export async function answerStep(page: Page, pick: Pick): Promise<string> {
  const question = await headingText(page)
  const step = page.locator('.tool-step')
  const radios = await step.locator('input[type=radio]').count()
  if (radios > 0) {
    await tabTo(page, '.tool-step input[type=radio]')
    if (!(await step.locator('input[type=radio]:checked').count())) {
      await page.keyboard.press('Space')
      if (pick === 'last') for (let i = 1; i < radios; i++) await page.keyboard.press('ArrowDown')
    }
  } else if (await step.locator('input[type=checkbox]').count()) {
    await tabTo(page, '.tool-step input[type=checkbox]')
    if (!(await step.locator('input[type=checkbox]:checked').count())) await page.keyboard.press('Space')
  } else if (await step.locator('input[type=range]').count()) {
    await tabTo(page, '.tool-step input[type=range]')
    await page.keyboard.press('ArrowRight')
  } else {
    await tabTo(page, '.tool-number input')
    await page.keyboard.press('Control+A')
    await page.keyboard.type('12')
  }
  await tabTo(page, '[data-tool-next]')
  await page.keyboard.press('Enter')
  await page.waitForFunction(([q, result]) => document.querySelector(`.tool-question, ${result}`)?.textContent !== q, [question, RESULT])
  return question
}

/** Goes through the whole tool; returns the violations found on every step. */
export async function complete(
  page: Page,
  picks: (step: number) => Pick,
  onStep?: (step: number) => Promise<void>,
  check = true,
): Promise<string[]> {
  const problems: string[] = []
  for (let step = 0; step < 80 && !(await atResult(page)); step++) {
    if (check) problems.push(...(await axe(page, `stap ${step + 1}`)))
    await onStep?.(step)
    if (await atResult(page)) break
    await answerStep(page, picks(step))
  }
  expect(await atResult(page)).toBe(true)
  return problems
}
