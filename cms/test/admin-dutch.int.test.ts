import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { ORGANISATION_NAME } from '@vsp/content-models'
import { launchChromium } from '@vsp/test-support'
import { api } from './support/api'
import { adminPage } from './support/admin-page'
import { onPostgres } from './support/engine'

// Issue 11, section 5: the admin in Dutch, for this organisation, as an editor sees it.
describe.skipIf(onPostgres)('the admin in Dutch, in Chromium', { timeout: 240_000 }, () => {
  let browser: Browser
  let page: Page
  let problems: string[]

  beforeAll(async () => {
    browser = await launchChromium()
  })
  afterAll(async () => browser?.close())

  it('the login page shows the organisation’s name and mark, and the tab its name', async () => {
    const login = await (await browser.newContext()).newPage()
    login.setDefaultNavigationTimeout(120_000)
    await login.goto(`${inject('cmsUrl')}/admin/login`)
    const logo = login.locator('[data-brand-logo]')
    await logo.waitFor({ timeout: 120_000 })
    expect(await logo.innerText()).toContain(ORGANISATION_NAME)
    expect(await logo.locator('img').getAttribute('src')).toMatch(/^data:image\/svg\+xml;base64,/)
    expect(await login.title()).toContain(`Redactie ${ORGANISATION_NAME}`)
    await login.context().close()
  })

  it('rows are named by their text and lists are added in Dutch', async () => {
    ;({ page, problems } = await adminPage(browser))
    const { json } = await api('GET', '/api/stappenplannen?limit=1&depth=0', { as: 'editor' })
    await page.goto(`${inject('cmsUrl')}/admin/collections/stappenplannen/${json.docs[0].id}`)
    const labels = page.locator('[data-row-label]')
    await labels.first().waitFor({ timeout: 120_000 })
    const texts = await labels.allInnerTexts()
    expect(texts).toContainEqual(expect.stringMatching(/^(Preventief|Acute fase|Nafase)$/))
    expect(texts.some((text) => /^(Phase|Step|Option|Block) \d+/.test(text))).toBe(false)
    const body = await page.locator('body').innerText()
    expect(body).toContain('Fase toevoegen')
    expect(body).not.toMatch(/Voeg (Phase|Step|Option|Block) toe|Phase 0\d/)
    expect(problems).toEqual([])
  })

  it('dates read "1 december 2026, 06:28"', async () => {
    // "Laatst gewijzigd" and "Aangemaakt" are filled in once the page has loaded.
    const dutchDate =
      /\b\d{1,2} (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) \d{4}, \d{2}:\d{2}\b/
    await expect.poll(() => page.locator('body').innerText(), { timeout: 90_000 }).toMatch(dutchDate)
    const body = await page.locator('body').innerText()
    expect(body).not.toMatch(/\d:\d{2} (AM|PM)|\b\d{1,2}e \d{4}/)
  })

  it('a new document is headed "Nieuw stappenplan", "Nieuwe checklist": the adjective agrees with the noun', async () => {
    for (const [slug, heading] of [
      ['stappenplannen', 'Nieuw stappenplan'],
      ['checklists', 'Nieuwe checklist'],
      ['themes', 'Nieuwe themapagina'],
    ]) {
      await page.goto(`${inject('cmsUrl')}/admin/collections/${slug}/create`)
      await page.locator('.doc-controls__meta').getByText(heading, { exact: true }).waitFor({ timeout: 120_000 })
      expect(await page.locator('body').innerText()).not.toMatch(/Nieuw\(e\)|Nieuw: /)
    }
    expect(problems).toEqual([])
  })
})
