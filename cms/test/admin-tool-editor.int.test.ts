import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { launchChromium } from '@vsp/test-support'
import { api } from './support/api'
import { adminPage, crashed } from './support/admin-page'
import { onPostgres } from './support/engine'

// Issue 11, section 4: the tree editor in a real browser. A refused publish once crashed the
// page ("Cannot read properties of null (reading 'blockType')") and the untouched seeded trees
// showed 7 and 14 false problems.
const treeId = async (site: string) =>
  (await api('GET', `/api/tools?where[slug][equals]=doorverwijstool&where[site][equals]=${site}&depth=0`, { as: 'editor' })).json.docs[0].id

function withoutIds(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutIds)
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => key !== 'id')
        .map(([key, v]) => [key, withoutIds(v)]),
    )
  }
  return value
}

describe.skipIf(onPostgres)('the referral tree editor in Chromium', { timeout: 240_000 }, () => {
  let browser: Browser
  let page: Page
  let problems: string[]

  beforeAll(async () => {
    browser = await launchChromium()
    ;({ page, problems } = await adminPage(browser))
  })
  afterAll(async () => browser?.close())

  const openTool = async (id: unknown) => {
    await page.goto(`${inject('cmsUrl')}/admin/collections/tools/${id}`)
    await page.locator('[data-live-check]').waitFor({ timeout: 120_000 })
  }

  it.each(['helpers', 'professionals'])('the seeded %s tree shows no problems', async (site) => {
    await openTool(await treeId(site))
    await expect.poll(() => page.locator('[data-live-check]').innerText(), { timeout: 90_000 }).toMatch(/De boom is compleet/)
    expect(await page.getByText('moet een lijst zijn').count()).toBe(0)
    expect(problems).toEqual([])
  })

  it('offers the next step as a choice of the tree’s steps, named by their text', async () => {
    const select = page.locator('select[name="definition.nodes.0.options.0.next"]')
    // Payload renders the fields of a long form as they scroll into view.
    await page.locator('#definition-nodes-row-0').scrollIntoViewIfNeeded()
    await select.waitFor({ state: 'attached' })
    const labels = await select.locator('option').allInnerTexts()
    expect(labels.length).toBeGreaterThan(5)
    expect(labels).toContainEqual(expect.stringMatching(/^Uitkomst: .+ \(bel-112\)$/))
    expect(await select.inputValue()).not.toBe('')
  })

  it('a click on a step in the diagram opens its block; the diagram zooms', async () => {
    const node = page.locator('[data-diagram] g.node[role="button"]').nth(3)
    await node.waitFor({ timeout: 90_000 })
    const zoom = await page.locator('[data-zoom]').innerText()
    await page.getByRole('button', { name: 'Vergroten' }).click()
    await expect.poll(() => page.locator('[data-zoom]').innerText()).not.toBe(zoom)
    await node.click()
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.closest('[id^="definition-nodes-row-"]')?.id ?? ''), { timeout: 10_000 })
      .toBe('definition-nodes-row-3')
    expect(problems).toEqual([])
  })

  it('a broken reference shows in the live check, and publishing it shows the Dutch problems without a crash', async () => {
    const { json: seeded } = await api('GET', `/api/tools/${await treeId('helpers')}?depth=0`, { as: 'editor' })
    const definition = withoutIds(seeded.definition) as { nodes: { options?: { next: string }[] }[] }
    definition.nodes[0].options![0].next = 'bestaat-niet'
    const draft = { ...(withoutIds(seeded) as object), title: 'Kapotte boom', slug: 'kapotte-boom', definition, _status: 'draft' }
    const created = await api('POST', '/api/tools?draft=true', { as: 'editor', body: draft })
    expect(created.status).toBe(201)

    await openTool(created.json.doc.id)
    await expect
      .poll(() => page.locator('[data-live-check]').innerText(), { timeout: 90_000 })
      .toMatch(/verwijst naar "bestaat-niet", maar die stap bestaat niet/)
    const next = page.locator('select[name="definition.nodes.0.options.0.next"]')
    await page.locator('#definition-nodes-row-0').scrollIntoViewIfNeeded()
    await next.waitFor({ state: 'attached' })
    expect(await next.evaluate((select: HTMLSelectElement) => select.selectedOptions[0]?.textContent)).toMatch(/Ontbreekt: "bestaat-niet"/)

    await page.getByRole('button', { name: /^(Publiceren|Publiceer wijzigingen)$/ }).click()
    await page.locator('[data-refused]').waitFor({ timeout: 90_000 })
    // What only the server checks (the vangnetregels, on every path) is listed above the diagram...
    expect(await page.locator('[data-refused]').innerText()).toMatch(/^Niet gepubliceerd[\s\S]*Vangnetregel "/)
    // ...and each problem shows at its own field, the broken reference at its select.
    const error = page.locator('.field-type:has(select[name="definition.nodes.0.options.0.next"]) .field-error')
    await expect.poll(() => error.innerText(), { timeout: 30_000 }).toMatch(/verwijst naar "bestaat-niet", maar die stap bestaat niet/)
    expect(await crashed(page)).toBe(false)
    expect(problems).toEqual([])
    const stored = await api('GET', `/api/tools/${created.json.doc.id}?depth=0`, { as: 'editor' })
    expect(stored.json._status).toBe('draft')
  })
})
