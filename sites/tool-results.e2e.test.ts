import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { hydrated, tabTo } from '@vsp/test-support'
import {
  useToolSites,
  API,
  RESULT,
  atResult,
  axe,
  browser,
  complete,
  focusIsOnHeading,
  headingText,
  servers,
  toolContext,
} from './test-fixtures/tool-harness'

useToolSites()

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
    expect(await plan.locator('.tool-organisation h3').allInnerTexts()).toEqual([
      'Slachtofferhulp Nederland',
      'Huisarts',
      '113 Zelfmoordpreventie',
    ])
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
    const marker = await plan
      .locator('.tool-plan__items li')
      .first()
      .evaluate((li) => getComputedStyle(li, '::before').content)
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
        return route.fulfill({
          status: 422,
          headers: cors,
          json: {
            error: 'Uw tip kon niet worden opgeslagen.',
            issues: [{ path: 'body', message: 'Schrijf minstens een paar zinnen (20 tekens).' }],
          },
        })
      }
      return route.fulfill({
        status: 201,
        headers: cors,
        json: { message: 'Dank u wel. Een redacteur leest uw tip voordat hij op de site komt.' },
      })
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
