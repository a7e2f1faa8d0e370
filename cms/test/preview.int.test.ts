import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { previewHandler } from '@vsp/site-preview'
import { ensureRendererBuild } from '@vsp/site-renderer'
import { startSiteServer, type SiteServer } from '@vsp/site-server'
import { repoRoot } from '@vsp/steps'
import { buildSiteOrThrow, FIXTURE_SNAPSHOT, launchChromium } from '@vsp/test-support'
import { signPreviewToken } from '../src/preview/preview-token'
import { adminPage } from './support/admin-page'
import { api, login } from './support/api'

// Issue 11 §3: the draft as the site renders it (the helpers site's own server, /voorbeeld/),
// open to staff through the admin, or to whoever holds a signed token that has not expired.
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'preview-'))
const previewUrl = () => inject('helpersPreviewUrl')
let server: SiteServer
let browser: Browser
let checklist: { id: number; slug: string; title: string }

/** The key Payload signs with (payload.secret: the first 32 hex of SHA-256 of the configured secret). */
function payloadKey(): string {
  const secret = process.env.PAYLOAD_SECRET || fs.readFileSync(path.join(inject('cmsDataDir'), '.payload-secret'), 'utf8').trim()
  return createHash('sha256').update(secret).digest('hex').slice(0, 32)
}

/** A fresh preview link, the way the admin's "Voorbeeld" button gets one (a logged-in editor). */
async function previewLinkFor(id: number): Promise<string> {
  const response = await fetch(`${inject('cmsUrl')}/preview/checklists/${id}`, {
    headers: { authorization: `JWT ${await login('editor')}` },
    redirect: 'manual',
  })
  expect(response.status).toBe(302)
  return response.headers.get('location') as string
}

const seconds = (since: number) => `${((Date.now() - since) / 1000).toFixed(1)} s`

beforeAll(async () => {
  let started = Date.now()
  const renderer = ensureRendererBuild('helpers', FIXTURE_SNAPSHOT)
  console.log(`renderer build: ${renderer.built ? seconds(started) : 'up to date'}`)
  started = Date.now()
  // The published snapshot the preview puts the draft into: this CMS's own.
  const snapshotFile = path.join(tmp, 'snapshot.json')
  const exported = spawnSync('pnpm', ['exec', 'tsx', 'scripts/export-snapshot.ts', snapshotFile], {
    cwd: repoRoot,
    env: { ...process.env, CMS_DATA_DIR: inject('cmsDataDir'), DATABASE_URL: inject('databaseUrl'), PAYLOAD_DISABLE_JOBS: '1' },
    encoding: 'utf8',
  })
  expect(exported.stdout, exported.stderr).toMatch(/Snapshot written/)
  console.log(`snapshot export: ${seconds(started)}`)
  started = Date.now()
  // The served site: its headers, 404 page and stylesheets (the fixture's build; pages come from the renderer).
  const dist = path.join(tmp, 'dist')
  await buildSiteOrThrow('helpers', dist)
  console.log(`static build of the helpers site: ${seconds(started)}`)
  server = await startSiteServer({
    root: dist,
    port: Number(new URL(previewUrl()).port),
    preview: previewHandler({ site: 'helpers', cmsUrl: inject('cmsUrl'), snapshotFile }),
  })
  const { json } = await api('GET', '/api/checklists?where[site][equals]=helpers&where[slug][equals]=woninginbraak&depth=0', {
    as: 'editor',
  })
  checklist = json.docs[0]
  browser = await launchChromium()
}, 600_000)

afterAll(async () => {
  await browser?.close()
  await server?.close()
  fs.rmSync(tmp, { recursive: true, force: true })
})

describe('who may see a preview (CWE-285, CWE-345, CWE-613)', () => {
  const refused = async (url: string, status: number, text: RegExp) => {
    const response = await fetch(url)
    const body = await response.text()
    expect(response.status, body).toBe(status)
    expect(body).toMatch(text)
    expect(body).not.toMatch(/Error|at .*\.(ts|js|mjs):\d+|node_modules/)
    expect(response.headers.get('cache-control')).toBe('no-store')
    expect(response.headers.get('x-robots-tag')).toMatch(/noindex/)
  }

  it('refuses a request without a token, with an expired one and with a tampered one', async () => {
    const page = `${previewUrl()}/voorbeeld/checklists/${checklist.id}/`
    await refused(page, 401, /Geen toegang/)
    const expired = signPreviewToken({ collection: 'checklists', id: String(checklist.id), expires: Date.now() - 1000 }, payloadKey())
    await refused(`${page}?token=${expired}`, 403, /verlopen/)
    const token = new URL(await previewLinkFor(checklist.id)).searchParams.get('token') as string
    const [, signature] = token.split('.')
    const otherDocument = Buffer.from(JSON.stringify({ c: 'checklists', i: '1', e: Date.now() + 3_600_000 })).toString('base64url')
    await refused(`${page}?token=${otherDocument}.${signature}`, 403, /niet geldig/)
    await refused(`${page}?token=${token.slice(0, -2)}${token.endsWith('AA') ? 'BB' : 'AA'}`, 403, /niet geldig/)
    // Without a session the admin's old preview address stays closed too.
    expect((await fetch(`${inject('cmsUrl')}/preview/checklists/${checklist.id}`, { redirect: 'manual' })).status).toBe(401)
    expect((await fetch(`${inject('cmsUrl')}/api/preview/draft`)).status).toBe(401)
  })

  it('answers a valid token with the page, framable by the admin only, never cached or indexed', async () => {
    const response = await fetch(await previewLinkFor(checklist.id))
    const html = await response.text()
    expect(response.status).toBe(200)
    expect(html).toContain('<header class="site-header')
    expect(html).toContain(`<h1>${checklist.title}`)
    expect(response.headers.get('content-security-policy')).toMatch(new RegExp(`frame-ancestors ${inject('cmsUrl')}( |;|$)`))
    expect(response.headers.get('content-security-policy')).not.toMatch(/unsafe-inline/)
    expect(response.headers.get('x-frame-options')).toBeNull()
    expect(response.headers.get('cache-control')).toBe('no-store')
    expect(response.headers.get('x-robots-tag')).toMatch(/noindex/)
    // The admin may frame the preview origin, and nothing else from outside.
    const adminPolicy = (await fetch(`${inject('cmsUrl')}/admin/login`)).headers.get('content-security-policy')
    expect(adminPolicy).toMatch(new RegExp(`frame-src 'self' [^;]*${previewUrl()}`))
    expect(adminPolicy).toMatch(/frame-ancestors 'none'/)
  })
})

describe('the live preview in the admin, in Chromium', () => {
  it('shows the draft in the site layout and follows a saved draft change', async () => {
    const { page, problems } = await adminPage(browser)
    await page.goto(`${inject('cmsUrl')}/admin/collections/checklists/${checklist.id}`)
    await expect.poll(() => page.locator('input[name="title"]').inputValue(), { timeout: 60_000 }).toBe(checklist.title)
    await page.click('#live-preview-toggler')
    const frame = page.frameLocator('#live-preview-iframe')
    await expect.poll(() => frame.locator('h1').first().textContent(), { timeout: 60_000 }).toContain(checklist.title)
    expect(await frame.locator('header.site-header').count()).toBe(1)
    expect(await frame.locator('[data-quick-exit]').first().textContent()).toMatch(/Snel weg/)
    const styled = await frame
      .locator('body')
      .evaluate(() => [...document.styleSheets].some((sheet) => sheet.href?.includes('/_astro/') && sheet.cssRules.length > 0))
    expect(styled).toBe(true)
    // The "concept" banner, styled by its own file under the site's CSP (no inline style allowed).
    const banner = frame.locator('.vsp-concept-banner')
    expect(await banner.getAttribute('role')).toBe('note')
    expect(await banner.textContent()).toMatch(/^Concept: .*nog niet/)
    expect(await banner.evaluate((element) => getComputedStyle(element).backgroundColor)).toBe('rgb(255, 243, 196)')

    const addressBefore = await page.locator('#live-preview-iframe').getAttribute('src')
    const draftTitle = `Concepttitel ${Date.now().toString(36)} voor het voorbeeld`
    await page.locator('input[name="title"]').fill(draftTitle)
    await page.click('#action-save-draft')
    await expect.poll(() => frame.locator('h1').first().textContent(), { timeout: 60_000 }).toContain(draftTitle)
    expect(await frame.locator('header.site-header').count()).toBe(1)
    // The same address (the expiry is rounded): the page reloaded itself (/voorbeeld/live.js), not the admin.
    console.log(
      `preview address ${(await page.locator('#live-preview-iframe').getAttribute('src')) === addressBefore ? 'unchanged' : 'changed'} by the save`,
    )
    expect(problems).toEqual([])

    // Nowhere public: not the published document, not the served site or its search index.
    expect((await api('GET', `/api/checklists/${checklist.id}?depth=0`)).json.title).toBe(checklist.title)
    expect(await (await fetch(`${previewUrl()}/checklists/${checklist.slug}/`)).text()).not.toContain(draftTitle)
    const searchFiles = fs.readdirSync(path.join(tmp, 'dist', 'search'), { recursive: true, withFileTypes: true })
    for (const file of searchFiles.filter((f) => f.isFile())) {
      expect(fs.readFileSync(path.join(file.parentPath, file.name), 'utf8')).not.toContain(draftTitle)
    }
    // The checklist's draft back to its published title, for the tests after this one.
    expect(
      (await api('PATCH', `/api/checklists/${checklist.id}?draft=true`, { as: 'editor', body: { title: checklist.title } })).status,
    ).toBe(200)
  })
})
