import { readFileSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import type { Browser, BrowserContext, Page, Request } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SITE_NAMES, type SiteName } from '../content-models/src/index'
import { hydrated, launchChromium, tabTo, WCAG_22_AA } from '../packages/ui/src/test-support/browser'
import { siteUrls } from '../packages/ui/src/index'
import { serveStatic } from '../packages/ui/src/test-support/static-server'
import { buildSiteOrThrow, FIXTURE_SNAPSHOT } from './test-fixtures/build-site'

const SITES = SITE_NAMES
/** A host of its own, so the test proves the build takes PUBLIC_ISLAND_API and nothing leaks elsewhere. */
const API = 'https://island.test/api/island'
const EVENT_KEYS = ['channel', 'kind', 'outcome', 'site', 'subject']

let tmp: string
let browser: Browser
const servers = {} as Record<SiteName, { url: string; close: () => Promise<void> }>
// Read when the file is collected, so each tool is a test of its own (with its own time limit).
type FixtureTool = { slug: string; kind: string; title: string; site: string }
const fixtureTools = (JSON.parse(readFileSync(FIXTURE_SNAPSHOT, 'utf8')) as { tools: FixtureTool[] }).tools
const toolsOf = (site: SiteName) => fixtureTools.filter((tool) => tool.site === site || tool.site === 'both')

beforeAll(async () => {
  tmp = await mkdtemp(path.join(tmpdir(), 'vsp-tools-e2e-'))
  for (const site of SITES) {
    const outDir = path.join(tmp, site)
    await buildSiteOrThrow(site, outDir, { PUBLIC_ISLAND_API: API })
    servers[site] = await serveStatic(outDir)
  }
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
  for (const site of SITES) await servers[site]?.close()
  if (tmp) await rm(tmp, { recursive: true, force: true })
})

type Api = { context: BrowserContext; events: Record<string, unknown>[]; requests: Request[]; urls: string[] }

/** A context whose island API answers 204 (or fails when `fail`); every URL the page shows is kept. */
async function toolContext(fail = false): Promise<Api> {
  const context = await browser.newContext()
  const api: Api = { context, events: [], requests: [], urls: [] }
  context.on('request', (request) => api.requests.push(request))
  await context.route(`${API}/**`, async (route) => {
    const request = route.request()
    if (fail) return route.abort('connectionrefused')
    const cors = { 'access-control-allow-origin': '*', 'access-control-allow-headers': 'content-type', 'access-control-allow-methods': 'POST' }
    if (request.method() === 'OPTIONS') return route.fulfill({ status: 204, headers: cors })
    if (request.url().endsWith('/events')) api.events.push(request.postDataJSON() as Record<string, unknown>)
    return route.fulfill({ status: 204, headers: cors })
  })
  return api
}

async function watchUrls(page: Page, api: Api) {
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) api.urls.push(frame.url())
  })
}

const axe = async (page: Page, where: string) => {
  const result = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze()
  return result.violations.map((v) => `${where}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
}

/** The result heading of each tool kind: uitslag (scored), uitkomst (tree), plan. */
const RESULT = '#tool-uitslag, #tool-uitkomst, #tool-plan'
const headingText = (page: Page) => page.locator(`.tool-question, ${RESULT}`).first().innerText()
const atResult = (page: Page) => page.locator(RESULT).count().then((n) => n > 0)
const focusIsOnHeading = (page: Page) =>
  page.evaluate((result) => document.activeElement?.matches(`.tool-question, ${result}`) ?? false, RESULT)

type Pick = 'first' | 'last'

/** Answers the step on screen with the keyboard only and presses Volgende. Returns the question. */
async function answerStep(page: Page, pick: Pick): Promise<string> {
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
async function complete(page: Page, picks: (step: number) => Pick, onStep?: (step: number) => Promise<void>, check = true): Promise<string[]> {
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

describe.each(SITES)('the tools of the %s site', (site) => {
  it('has its tools', () => {
    expect(toolsOf(site).length).toBeGreaterThanOrEqual(2)
  })

  it.each(toolsOf(site))('completes $slug ($kind) by keyboard, accessible at every step, answers never in the URL, Back and wijzig work', async (tool) => {
    const api = await toolContext()
    const page = await api.context.newPage()
    await watchUrls(page, api)
    const toolUrl = `${servers[site].url}/tools/${tool.slug}/`
    await page.goto(`${toolUrl}?utm_source=nieuwsbrief&utm_medium=email`)
    await hydrated(page)
    await page.locator('.tool-step').waitFor()
    expect(page.url(), tool.slug).toBe(toolUrl)

    // An empty answer is refused with a message in the live region, which axe also checks.
    await tabTo(page, '[data-tool-next]')
    await page.keyboard.press('Enter')
    await expect.poll(() => page.locator('.tool-error').innerText()).toMatch(/Kies|getal/)
    expect(await page.locator('.tool-step [aria-invalid="true"]').count()).toBeGreaterThan(0)
    const problems = await axe(page, 'fout')

    let first = ''
    problems.push(
      ...(await complete(page, () => 'last', async (step) => {
        if (step === 0) first = await headingText(page)
        if (step > 0) expect(await focusIsOnHeading(page), `${tool.slug} stap ${step + 1}: focus`).toBe(true)
        expect(page.url()).toBe(toolUrl)
        if (step === 1) {
          // The browser's Back button shows the first question again, with its answer kept.
          await page.goBack()
          await expect.poll(() => headingText(page)).toBe(first)
          expect(page.url()).toBe(toolUrl)
          const kept = await page.evaluate(() => [...document.querySelectorAll<HTMLInputElement>('.tool-step input')].some((i) => i.checked || (i.type === 'text' && i.value !== '')))
          expect(kept, `${tool.slug}: answer kept after Back`).toBe(true)
          await page.goForward()
          await expect.poll(() => headingText(page)).not.toBe(first)
        }
      })),
    )
    problems.push(...(await axe(page, 'uitslag')))
    expect(problems, tool.slug).toEqual([])
    expect(await focusIsOnHeading(page)).toBe(true)
    await expect.poll(() => api.events.length, { timeout: 5000 }).toBe(1)

    const [event] = api.events
    expect(Object.keys(event ?? {}).sort()).toEqual(EVENT_KEYS)
    expect(event).toMatchObject({ kind: 'tool-completed', site, subject: tool.slug, channel: 'e-mail' })
    expect(String(event?.outcome)).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)

    // "Wijzig" reopens that question with its answer; Volgende returns to the result.
    const resultHeading = await headingText(page)
    await tabTo(page, '[data-tool-change]', 200)
    await page.keyboard.press('Enter')
    await expect.poll(() => headingText(page)).toBe(first)
    expect(await focusIsOnHeading(page)).toBe(true)
    await tabTo(page, '[data-tool-next]')
    await page.keyboard.press('Enter')
    await expect.poll(() => headingText(page)).toBe(resultHeading)
    expect(api.events).toHaveLength(1)

    // Start again leads to the first question.
    await tabTo(page, '[data-tool-restart]')
    await page.keyboard.press('Enter')
    await expect.poll(() => headingText(page)).toBe(first)

    expect(api.urls.every((url) => url === toolUrl || url === `${toolUrl}?utm_source=nieuwsbrief&utm_medium=email`), api.urls.join('\n')).toBe(true)
    expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0)
    const elsewhere = api.requests.map((r) => r.url()).filter((url) => !url.startsWith(servers[site].url) && !url.startsWith(API))
    expect(elsewhere).toEqual([])
    // The only request to the API is the event: no answers travel in another one.
    expect(api.requests.filter((r) => r.url().startsWith(API) && r.method() !== 'OPTIONS').map((r) => r.url())).toEqual([`${API}/events`])
    await api.context.close()
  })

  it('counts the questions of a questionnaire without the total ever going up, and says what is sent', async () => {
    for (const tool of toolsOf(site).filter((t) => t.kind === 'scored')) {
      for (const pick of ['first', 'last'] as const) {
        const api = await toolContext()
        const page = await api.context.newPage()
        await page.goto(`${servers[site].url}${siteUrls(site).tool(tool)}`)
        await hydrated(page)
        expect(await page.locator('[data-tool-privacy]').innerText()).toMatch(/één anoniem bericht: welke tool, de uitslag .*, deze website en hoe u hier kwam/)
        await page.locator('.tool-step').waitFor()
        const seen: [number, number][] = []
        await complete(page, () => pick, async () => {
          const [, index, total] = /Vraag (\d+) van (\d+)/.exec(await page.locator('.tool-position').innerText()) ?? []
          seen.push([Number(index), Number(total)])
        }, false)
        expect(seen.length, tool.slug).toBeGreaterThan(3)
        seen.forEach(([index], i) => expect(index, `${tool.slug} ${pick}`).toBe(i + 1))
        for (let i = 1; i < seen.length; i++) expect(seen[i][1], `${tool.slug} ${pick}: ${JSON.stringify(seen)}`).toBeLessThanOrEqual(seen[i - 1][1])
        expect(seen.at(-1)![0], `${tool.slug} ${pick}: the last question is "n van n"`).toBe(seen.at(-1)![1])
        await api.context.close()
      }
    }
  })

  it('still shows the result when the island API cannot be reached', async () => {
    const tool = toolsOf(site)[0]!
    const api = await toolContext(true)
    const page = await api.context.newPage()
    const failed: string[] = []
    page.on('requestfailed', (request) => failed.push(request.url()))
    await page.goto(`${servers[site].url}${siteUrls(site).tool(tool)}`)
    await hydrated(page)
    await complete(page, () => 'first', undefined, false)
    await expect.poll(() => failed).toContain(`${API}/events`)
    expect(await page.locator(RESULT).isVisible()).toBe(true)
    expect(await page.locator('[data-tool-change]').count()).toBeGreaterThan(0)
    await api.context.close()
  })

  it('says so without JavaScript and gives a phone number instead of an empty box', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    for (const tool of toolsOf(site)) {
      await page.goto(`${servers[site].url}${siteUrls(site).tool(tool)}`)
      const message = page.locator('[data-tool-noscript]')
      expect(await message.isVisible(), tool.slug).toBe(true)
      expect(await message.innerText()).toMatch(/JavaScript/)
      expect(await message.locator('a[href^="tel:"]').count()).toBe(1)
      expect(await page.locator('.tool-step, form').count()).toBe(0)
    }
    await context.close()
  })

  it('lists the tools on /tools/', async () => {
    const page = await browser.newPage()
    await page.goto(`${servers[site].url}/tools/`)
    const hrefs = await page.locator('main a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))
    for (const tool of toolsOf(site)) expect(hrefs).toContain(`/tools/${tool.slug}/`)
    await page.close()
  })
})

/**
 * Where each tool ends when every answer is the first option, or every answer the last (a number
 * question gets 12), read from the fixture's definitions (the scores worked out with the tool
 * engine's scoreDefinition on the same answers): the outcome key the event carries and what the
 * result shows (a tree's outcome title, a questionnaire's band label per theme).
 */
const PATHS: Record<string, Record<Pick, { outcome: string; shows: string[] }>> = {
  'helpers/doorverwijstool': {
    first: { outcome: 'bel-112', shows: ['Bel nu 112'] },
    last: { outcome: 'hulp-voor-helper', shows: ['Hulp voor uzelf als helper'] },
  },
  'professionals/doorverwijstool': {
    first: { outcome: 'bel-112', shows: ['Bel nu 112'] },
    last: { outcome: 'overleg', shows: ['Overleg met de Advieslijn voor professionals'] },
  },
  'helpers/test-oordeelloos-luisteren': {
    first: { outcome: 'oordeel-staat-in-de-weg', shows: ['Uw oordeel zit het luisteren vaak in de weg'] }, // 7 × 2 + 3 × 0 = 14
    last: { outcome: 'oordeel-uit', shows: ['Uw oordeel staat meestal uit'] }, // 7 × 0 + 3 × 2 = 6
  },
  'helpers/zelfscan-tijdsbesteding': {
    first: { outcome: 'in-balans', shows: ['In balans'] }, // 4 points
    last: { outcome: 'over-je-grens', shows: ['Over uw grens'] }, // 26 points
  },
  // A plan always ends in "plan-gemaakt" (no more is sent); its content is checked by the plan test.
  'helpers/start-een-steungroep': {
    first: { outcome: 'plan-gemaakt', shows: [] },
    last: { outcome: 'plan-gemaakt', shows: [] },
  },
  'professionals/quickscan-grensoverschrijdend-gedrag': {
    // beleid 10, meldroute 6, cultuur 6, preventie 7, nazorg 10
    first: { outcome: 'beleid-op-orde', shows: ['Goed op orde', 'Op weg', 'Veel aandacht nodig', 'Op weg', 'Goed op orde'] },
    // beleid 2, meldroute 0, cultuur 8, preventie 1, nazorg 0
    last: { outcome: 'beleid-hoog-risico', shows: ['Veel aandacht nodig', 'Veel aandacht nodig', 'Op weg', 'Veel aandacht nodig', 'Veel aandacht nodig'] },
  },
}

describe('tool outcomes along more than one path', () => {
  it.each(SITES)('%s: every tool ends where its definition says, for the first and for the last answers', async (site) => {
    const seen: string[] = []
    for (const tool of toolsOf(site)) {
      for (const pick of ['first', 'last'] as const) {
        const api = await toolContext()
        const page = await api.context.newPage()
        await page.goto(`${servers[site].url}/tools/${tool.slug}/`)
        await hydrated(page)
        await page.locator('.tool-step').waitFor()
        await complete(page, () => pick, undefined, false)
        const shows = tool.kind === 'decision-tree' ? [await page.locator('#tool-uitkomst').innerText()] : await page.locator('.tool-dimension strong').allInnerTexts()
        await expect.poll(() => api.events.length, { timeout: 5000 }).toBe(1)
        seen.push(`${site}/${tool.slug} ${pick}: ${JSON.stringify({ outcome: api.events[0]?.outcome, shows })}`)
        expect({ outcome: api.events[0]?.outcome, shows }, `${tool.slug} (${pick})`).toEqual(PATHS[`${site}/${tool.slug}`]?.[pick])
        await api.context.close()
      }
    }
    expect(seen).toHaveLength(toolsOf(site).length * 2)
  })
})

describe('referral outcomes', () => {
  it.each(SITES)('%s: a 113 outcome comes first and prominent, with the line to call', async (site) => {
    const api = await toolContext()
    const page = await api.context.newPage()
    await page.goto(`${servers[site].url}/tools/doorverwijstool/`)
    await hydrated(page)
    // No acute danger, yes signs of suicide.
    await complete(page, (step) => (step === 0 ? 'last' : 'first'), undefined, false)
    const result = page.locator('.tool-result--urgent')
    expect(await result.isVisible()).toBe(true)
    expect(await page.locator('[data-tool-urgent-call]').getAttribute('href')).toBe('tel:113')
    const cards = page.locator('.tool-organisation')
    expect(await cards.first().locator('h3').innerText()).toMatch(/113/)
    expect(await cards.first().locator('a[href="tel:113"]').count()).toBe(1)
    expect(await cards.first().innerText()).toMatch(/Waarom/)
    await expect.poll(() => api.events.map((e) => e.outcome)).toEqual([expect.stringMatching(/113/)])
    await api.context.close()
  })
})

describe('the quickscan report', () => {
  it('shows a bar per theme and the attention points, prints with window.print and a print stylesheet', async () => {
    const api = await toolContext()
    const page = await api.context.newPage()
    await page.goto(`${servers.professionals.url}/tools/quickscan-grensoverschrijdend-gedrag/`)
    await hydrated(page)
    await complete(page, () => 'last', undefined, false)
    expect(await page.locator('.tool-dimension').count()).toBe(5)
    expect(await page.locator('.tool-dimension .tool-bar__fill').count()).toBe(5)
    expect(await page.locator('.tool-attention li').count()).toBeGreaterThan(0)
    await page.evaluate(() => {
      window.print = () => document.body.setAttribute('data-printed', 'ja')
    })
    await tabTo(page, '[data-tool-print]')
    expect(await page.locator('[data-tool-print]').innerText()).toBe('Print of bewaar als PDF')
    await page.keyboard.press('Enter')
    expect(await page.getAttribute('body', 'data-printed')).toBe('ja')
    await page.emulateMedia({ media: 'print' })
    expect(await page.locator('.print-only').isVisible()).toBe(true)
    expect(await page.locator('[data-tool-restart]').isVisible()).toBe(false)
    expect(await page.locator('.site-header').isVisible()).toBe(false)
    expect(await page.locator('.tool-dimension').first().isVisible()).toBe(true)
    await api.context.close()
  })
})

describe('the steungroep plan (helpers)', () => {
  /** Ticks the checkboxes or chooses the radio button with these labels, by keyboard only, and presses Volgende. */
  async function choose(page: Page, labels: string[]) {
    const question = await headingText(page)
    for (const label of labels) {
      const id = await page.locator('.tool-step label', { hasText: label }).first().getAttribute('for')
      const input = page.locator(`[id="${id}"]`)
      if ((await input.getAttribute('type')) === 'radio') {
        // A radio group is one tab stop; the arrow keys move the choice within it.
        await tabTo(page, '.tool-step input[type=radio]')
        await page.keyboard.press('Space')
        for (let i = 0; i < 8 && !(await input.isChecked()); i++) await page.keyboard.press('ArrowDown')
      } else {
        await tabTo(page, `[id="${id}"]`)
        await page.keyboard.press('Space')
      }
      expect(await input.isChecked(), label).toBe(true)
    }
    await tabTo(page, '[data-tool-next]')
    await page.keyboard.press('Enter')
    await page.waitForFunction(([q, result]) => document.querySelector(`.tool-question, ${result}`)?.textContent !== q, [question, RESULT])
  }

  it('walks to a plan by keyboard, accessible at every step, that follows the answers and prints as a plan', async () => {
    const api = await toolContext()
    const page = await api.context.newPage()
    await page.goto(`${servers.helpers.url}/tools/start-een-steungroep/`)
    await hydrated(page)
    await page.locator('.tool-step').waitFor()
    expect(await page.locator('.tool-position').innerText()).toBe('Vraag 1 van 7')
    const problems = await axe(page, 'stap 1')
    const answers = [
      ['Nee, nog niet gevraagd'],
      ['Familie', 'Buren'],
      ['Vervoer naar afspraken', 'Gezelschap en een luisterend oor'],
      ['Een paar keer per week'],
      ['Ik, de helper die dit plan maakt'],
      ['Een rooster op papier'],
      ['Hij of zij zegt het tegen de coördinator', 'Hulp zoeken voor de helper zelf'],
    ]
    for (const [i, labels] of answers.entries()) {
      if (i > 0) problems.push(...(await axe(page, `stap ${i + 1}`)))
      await choose(page, labels)
    }
    expect(await atResult(page)).toBe(true)
    expect(await focusIsOnHeading(page)).toBe(true)
    problems.push(...(await axe(page, 'plan')))
    expect(problems).toEqual([])

    const plan = page.locator('.tool-plan')
    expect(await plan.locator('h3[id^="plan-"]').allInnerTexts()).toEqual([
      'Het slachtoffer houdt de regie',
      'Wie u vraagt',
      'Wie het overzicht houdt',
      'Wie wat doet',
      'Hoe vaak, en hoe lang',
      'Afspraken in de groep',
      'Als het iemand te veel wordt',
      'Hulp en advies voor de groep',
    ])
    const lines = (key: string) => plan.locator(`[aria-labelledby="plan-${key}"] .tool-plan__items li`).allInnerTexts()
    expect((await lines('regie')).join('\n')).toMatch(/Nodig pas mensen uit als het slachtoffer ja zegt/)
    expect(await lines('wie')).toEqual([expect.stringMatching(/^Familie:/), expect.stringMatching(/^Buren:/)])
    expect(await lines('taken')).toEqual([expect.stringMatching(/^Vervoer:/), expect.stringMatching(/^Gezelschap:/)])
    expect((await lines('te-veel')).join('\n')).toMatch(/vervanger[\s\S]*coördinator[\s\S]*huisarts/)
    // The Centrale Service Lijn with the number from the organisations, not from the tool's text.
    const card = plan.locator('.tool-organisation', { hasText: 'Slachtofferhulp Nederland' })
    expect(await card.locator('a[href="tel:09000101"]').count()).toBe(1)
    expect(await plan.locator('.tool-organisation h3').allInnerTexts()).toEqual(['Slachtofferhulp Nederland', 'Huisarts', '113 Zelfmoordpreventie'])
    await expect.poll(() => api.events.map((e) => e.outcome)).toEqual(['plan-gemaakt'])

    // On paper: the plan with lines to write names on, the date and address; no answers, buttons or menu.
    await page.emulateMedia({ media: 'print' })
    expect(await plan.locator('.tool-plan__write-in').first().isVisible()).toBe(true)
    expect(await plan.locator('[aria-labelledby="plan-wie"] .tool-plan__line').count()).toBe(8)
    expect(await plan.locator('.tool-plan__source').innerText()).toContain('/tools/start-een-steungroep/')
    expect(await plan.locator('.print-only').first().innerText()).toMatch(/Start een steungroep, \d+ \w+ \d{4}/)
    expect(await page.locator('.tool-summary').isVisible()).toBe(false)
    expect(await page.locator('[data-tool-print]').isVisible()).toBe(false)
    expect(await page.locator('.site-header').isVisible()).toBe(false)
    const marker = await plan.locator('.tool-plan__items li').first().evaluate((li) => getComputedStyle(li, '::before').content)
    expect(marker).toContain('☐')
    await page.emulateMedia({ media: 'screen' })
    expect(await plan.locator('.tool-plan__write-in').first().isVisible()).toBe(false)
    expect(await page.locator('.tool-summary').isVisible()).toBe(true)
    await api.context.close()
  })
})

describe('sharing a tip (helpers)', () => {
  it('shows the API errors per field, a clear message when unreachable, and the thanks', async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    const bodies: Record<string, unknown>[] = []
    let reply: 'invalid' | 'down' | 'ok' = 'invalid'
    await context.route(`${API}/tips`, async (route) => {
      const cors = { 'access-control-allow-origin': '*', 'access-control-allow-headers': 'content-type' }
      if (route.request().method() === 'OPTIONS') return route.fulfill({ status: 204, headers: cors })
      bodies.push(route.request().postDataJSON() as Record<string, unknown>)
      if (reply === 'down') return route.abort('connectionrefused')
      if (reply === 'invalid') {
        return route.fulfill({ status: 422, headers: cors, json: { error: 'Uw tip kon niet worden opgeslagen.', issues: [{ path: 'body', message: 'Schrijf minstens een paar zinnen (20 tekens).' }] } })
      }
      return route.fulfill({ status: 201, headers: cors, json: { message: 'Dank u wel. Een redacteur leest uw tip voordat hij op de site komt.' } })
    })
    await page.goto(`${servers.helpers.url}/tips/`)
    await tabTo(page, 'a[href="/tips/delen/"]')
    await Promise.all([page.waitForURL('**/tips/delen/'), page.keyboard.press('Enter')])
    await hydrated(page)
    expect(await axe(page, 'tipformulier')).toEqual([])

    await tabTo(page, '#tip-title')
    await page.keyboard.type('Samen wandelen')
    await tabTo(page, '#tip-body')
    await page.keyboard.type('Kort')
    await tabTo(page, '[data-tip-submit]')
    await page.keyboard.press('Enter')
    await page.locator('#tip-body-fout').waitFor()
    expect(await page.locator('#tip-body-fout').innerText()).toMatch(/minstens een paar zinnen/)
    expect(await page.getAttribute('#tip-body', 'aria-invalid')).toBe('true')
    expect(await page.getAttribute('#tip-body', 'aria-describedby')).toContain('tip-body-fout')
    expect(await page.evaluate(() => document.activeElement?.matches('[data-tip-problem]'))).toBe(true)
    expect(Object.keys(bodies[0] ?? {}).sort()).toEqual(['body', 'title', 'website'])
    expect(bodies[0]).toEqual({ title: 'Samen wandelen', body: 'Kort', website: '' })
    expect(await axe(page, 'tipformulier met fouten')).toEqual([])

    reply = 'down'
    await tabTo(page, '#tip-body')
    await page.keyboard.type(' — ik ging elke avond met mijn buurvrouw wandelen.')
    await tabTo(page, '[data-tip-submit]')
    await page.keyboard.press('Enter')
    await expect.poll(() => page.locator('[data-tip-problem]').innerText()).toMatch(/lukt nu niet/)
    expect(await page.inputValue('#tip-body')).toMatch(/buurvrouw/)

    reply = 'ok'
    await tabTo(page, '[data-tip-submit]')
    await page.keyboard.press('Enter')
    await page.locator('[data-tip-sent]').waitFor()
    expect(await page.locator('[data-tip-sent]').innerText()).toMatch(/redacteur/)
    expect(bodies).toHaveLength(3)
    await context.close()
  })

  it('keeps the honeypot away from people and screen readers', async () => {
    const page = await browser.newPage()
    await page.goto(`${servers.helpers.url}/tips/delen/`)
    await hydrated(page)
    expect(await page.locator('#tip-website').getAttribute('tabindex')).toBe('-1')
    expect(await page.locator('.honeypot').getAttribute('aria-hidden')).toBe('true')
    const box = await page.locator('#tip-website').boundingBox()
    expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(0)
    await page.close()
  })
})
