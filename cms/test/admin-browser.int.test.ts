import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { launchChromium } from '@vsp/test-support'
import { api } from './support/api'
import { adminPage } from './support/admin-page'
import { quiet, runs, waitForRun } from './support/rebuild-log'
import { onPostgres } from './support/engine'

// The admin in a real browser, under its security headers: a CSP that blocks the admin's own
// scripts would leave editors with a blank page while every HTTP test still passes.
describe.skipIf(onPostgres)('the admin in Chromium', () => {
  let browser: Browser
  let page: Page
  let problems: string[]

  beforeAll(async () => {
    browser = await launchChromium()
  })
  afterAll(async () => browser?.close())

  it('an editor logs in and opens a checklist, with nothing blocked by the CSP', async () => {
    ;({ page, problems } = await adminPage(browser))
    await page.goto(`${inject('cmsUrl')}/admin/collections/checklists`)
    await page.locator('table a[href*="/admin/collections/checklists/"]').first().click()
    await expect.poll(() => page.locator('input[name="title"]').inputValue(), { timeout: 60_000 }).not.toBe('')
    expect(problems).toEqual([])
  })

  // The referral tree's form with its answer tags and safety rules: it must render, not crash.
  it('opens a referral tree with its vangnetregels and the diagram, with no page error', async () => {
    // By id: other test files add tools, so the seeded one need not be on the list's first page.
    const { json } = await api('GET', '/api/tools?where[slug][equals]=doorverwijstool&where[site][equals]=helpers&depth=0', {
      as: 'editor',
    })
    await page.goto(`${inject('cmsUrl')}/admin/collections/tools/${json.docs[0].id}`)
    await expect
      .poll(() => page.locator('input[name="title"]').inputValue(), { timeout: 60_000 })
      .toBe('Doorverwijstool: naar wie kan de ander?')
    await expect.poll(() => page.getByText('Vangnetregels').count(), { timeout: 30_000 }).toBeGreaterThan(0)
    expect(problems).toEqual([])
  })

  // Issue 12: the landing page form with every kind of block the seed uses (relationships, rich text, uploads).
  it('opens the seeded landing page with its blocks, with no page error', async () => {
    const { json } = await api('GET', '/api/landing-pages?where[slug][equals]=iemand-steunen&depth=0', { as: 'editor' })
    await page.goto(`${inject('cmsUrl')}/admin/collections/landing-pages/${json.docs[0].id}`)
    await expect.poll(() => page.locator('input[name="title"]').inputValue(), { timeout: 60_000 }).toBe('Iemand steunen na een misdrijf')
    await expect.poll(() => page.getByText('SEO-titel', { exact: true }).count(), { timeout: 30_000 }).toBeGreaterThan(0)
    // Each block shows its kind: as Payload's label, or as the start of its row's name ("<kind>: <its text>").
    for (const kind of ['Ervaringsverhaal', 'Tool onder de aandacht', 'Nieuwsbriefformulier', 'Lees verder']) {
      await expect.poll(() => page.getByText(new RegExp(`^${kind}\\b`)).count(), { timeout: 30_000 }).toBeGreaterThan(0)
    }
    expect(problems).toEqual([])
  })

  it('the status line offers the editor "Opnieuw bijwerken", which rebuilds both sites', async () => {
    await quiet()
    await page.goto(`${inject('cmsUrl')}/admin`)
    const button = page.getByRole('button', { name: 'Opnieuw bijwerken' })
    await button.waitFor({ timeout: 60_000 })
    const before = runs().length
    await button.click()
    await waitForRun('helpers professionals', before)
    expect(problems).toEqual([])
  })
})
