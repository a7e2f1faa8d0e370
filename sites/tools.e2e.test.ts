import { describe, expect, it } from 'vitest'
import { hydrated, tabTo } from '@vsp/test-support'
import { siteUrls } from '@vsp/ui'
import {
  useToolSites,
  API,
  EVENT_KEYS,
  STATS,
  RESULT,
  SITES,
  axe,
  browser,
  complete,
  focusIsOnHeading,
  headingText,
  servers,
  toolContext,
  toolsOf,
  watchUrls,
  type Pick,
} from './test-fixtures/tool-harness'

useToolSites()

describe.each(SITES)('the tools of the %s site', (site) => {
  it('has its tools', () => {
    expect(toolsOf(site).length).toBeGreaterThanOrEqual(2)
  })

  it.each(toolsOf(site))(
    'completes $slug ($kind) by keyboard, accessible at every step, answers never in the URL, Back and wijzig work',
    async (tool) => {
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
        ...(await complete(
          page,
          () => 'last',
          async (step) => {
            if (step === 0) first = await headingText(page)
            if (step > 0) expect(await focusIsOnHeading(page), `${tool.slug} stap ${step + 1}: focus`).toBe(true)
            expect(page.url()).toBe(toolUrl)
            if (step === 1) {
              // The browser's Back button shows the first question again, with its answer kept.
              await page.goBack()
              await expect.poll(() => headingText(page)).toBe(first)
              expect(page.url()).toBe(toolUrl)
              const kept = await page.evaluate(() =>
                [...document.querySelectorAll<HTMLInputElement>('.tool-step input')].some(
                  (i) => i.checked || (i.type === 'text' && i.value !== ''),
                ),
              )
              expect(kept, `${tool.slug}: answer kept after Back`).toBe(true)
              await page.goForward()
              await expect.poll(() => headingText(page)).not.toBe(first)
            }
          },
        )),
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

      expect(
        api.urls.every((url) => url === toolUrl || url === `${toolUrl}?utm_source=nieuwsbrief&utm_medium=email`),
        api.urls.join('\n'),
      ).toBe(true)
      // Nothing stored but the visit's channel for the tab (the shared script's count)
      expect(await page.evaluate(() => ({ local: localStorage.length, session: { ...sessionStorage } }))).toEqual({
        local: 0,
        session: { 'vsp:kanaal': 'e-mail' },
      })
      const elsewhere = api.requests
        .map((r) => r.url())
        .filter((url) => !url.startsWith(servers[site].url) && !url.startsWith(API) && url !== `${STATS}/events`)
      expect(elsewhere).toEqual([])
      // The only request to the API is the event: no answers travel in another one.
      expect(api.requests.filter((r) => r.url().startsWith(API) && r.method() !== 'OPTIONS').map((r) => r.url())).toEqual([`${API}/events`])
      await api.context.close()
    },
  )

  it('counts the questions of a questionnaire without the total ever going up, and says what is sent', async () => {
    for (const tool of toolsOf(site).filter((t) => t.kind === 'scored')) {
      for (const pick of ['first', 'last'] as const) {
        const api = await toolContext()
        const page = await api.context.newPage()
        await page.goto(`${servers[site].url}${siteUrls(site).tool(tool)}`)
        await hydrated(page)
        expect(await page.locator('[data-tool-privacy]').innerText()).toMatch(
          /één anoniem bericht: welke tool, de uitslag .*, deze website en hoe u hier kwam/,
        )
        await page.locator('.tool-step').waitFor()
        const seen: [number, number][] = []
        await complete(
          page,
          () => pick,
          async () => {
            const [, index, total] = /Vraag (\d+) van (\d+)/.exec(await page.locator('.tool-position').innerText()) ?? []
            seen.push([Number(index), Number(total)])
          },
          false,
        )
        expect(seen.length, tool.slug).toBeGreaterThan(3)
        seen.forEach(([index], i) => expect(index, `${tool.slug} ${pick}`).toBe(i + 1))
        for (let i = 1; i < seen.length; i++)
          expect(seen[i][1], `${tool.slug} ${pick}: ${JSON.stringify(seen)}`).toBeLessThanOrEqual(seen[i - 1][1])
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
    last: {
      outcome: 'beleid-hoog-risico',
      shows: ['Veel aandacht nodig', 'Veel aandacht nodig', 'Op weg', 'Veel aandacht nodig', 'Veel aandacht nodig'],
    },
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
        const shows =
          tool.kind === 'decision-tree'
            ? [await page.locator('#tool-uitkomst').innerText()]
            : await page.locator('.tool-dimension strong').allInnerTexts()
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
