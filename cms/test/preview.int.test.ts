import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Browser } from 'playwright-core'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { previewHandler } from '@vsp/site-preview'
import { ensureRendererBuild } from '@vsp/site-renderer'
import { startSiteServer, type SiteServer } from '@vsp/site-server'
import { repoRoot } from '@vsp/steps'
import { buildSiteOrThrow, FIXTURE_SNAPSHOT, launchChromium } from '@vsp/test-support'
import { signPreviewToken } from '../src/preview/preview-token'
import type { SiteName } from '@vsp/content-models'
import { adminPage } from './support/admin-page'
import { api, login } from './support/api'
import { uploadImage } from './support/media'

// Issue 11 §3: the draft as the site renders it (each site's own server, /voorbeeld/), open to
// staff through the admin, or to whoever holds a signed token that has not expired.
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'preview-'))
const previewUrl = () => inject('helpersPreviewUrl')
const servers: SiteServer[] = []
let browser: Browser
let checklist: { id: number; slug: string; title: string }
/** A video on both sites (seeded), whose draft gets a new poster. */
let video: { id: number; slug: string; title: string; poster: number; site: string }

/** The key Payload signs with (payload.secret: the first 32 hex of SHA-256 of the configured secret). */
function payloadKey(): string {
  const secret = process.env.PAYLOAD_SECRET || fs.readFileSync(path.join(inject('cmsDataDir'), '.payload-secret'), 'utf8').trim()
  return createHash('sha256').update(secret).digest('hex').slice(0, 32)
}

/** A fresh preview link, the way the admin's "Voorbeeld" button gets one (a logged-in editor). */
async function previewLinkFor(id: number, collection = 'checklists', query = ''): Promise<string> {
  const response = await fetch(`${inject('cmsUrl')}/preview/${collection}/${id}${query}`, {
    headers: { authorization: `JWT ${await login('editor')}` },
    redirect: 'manual',
  })
  expect(response.status).toBe(302)
  return response.headers.get('location') as string
}

const seconds = (since: number) => `${((Date.now() - since) / 1000).toFixed(1)} s`

beforeAll(async () => {
  let started = Date.now()
  for (const site of ['helpers', 'professionals'] as const) {
    const renderer = ensureRendererBuild(site, FIXTURE_SNAPSHOT)
    console.log(`${site} renderer build: ${renderer.built ? seconds(started) : 'up to date'}`)
    started = Date.now()
  }
  // The published snapshot the preview puts the draft into: this CMS's own.
  const snapshotFile = path.join(tmp, 'snapshot.json')
  const exported = spawnSync('pnpm', ['exec', 'tsx', 'scripts/export-snapshot.ts', snapshotFile], {
    cwd: repoRoot,
    env: { ...process.env, CMS_DATA_DIR: inject('cmsDataDir'), DATABASE_URL: inject('databaseUrl'), PAYLOAD_DISABLE_JOBS: '1' },
    encoding: 'utf8',
  })
  expect(exported.stdout, exported.stderr).toMatch(/Snapshot written/)
  console.log(`snapshot export: ${seconds(started)}`)
  // Each served site: its headers, 404 page and stylesheets (the fixture's build; pages come from the renderer).
  const ports: Record<SiteName, string> = { helpers: previewUrl(), professionals: inject('professionalsPreviewUrl') }
  for (const site of ['helpers', 'professionals'] as const) {
    started = Date.now()
    const dist = path.join(tmp, site === 'helpers' ? 'dist' : `dist-${site}`)
    await buildSiteOrThrow(site, dist)
    console.log(`static build of the ${site} site: ${seconds(started)}`)
    const preview = previewHandler({ site, cmsUrl: inject('cmsUrl'), snapshotFile, previewMediaDir: path.join(tmp, `media-${site}`) })
    servers.push(await startSiteServer({ root: dist, port: Number(new URL(ports[site]).port), preview }))
  }
  const { json } = await api('GET', '/api/checklists?where[site][equals]=helpers&where[slug][equals]=woninginbraak&depth=0', {
    as: 'editor',
  })
  checklist = json.docs[0]
  const videos = await api('GET', '/api/videos?where[slug][equals]=slachtofferrechten-in-het-kort&depth=0', { as: 'editor' })
  video = videos.json.docs[0]
  expect(video.site).toBe('both')
  browser = await launchChromium()
}, 600_000)

afterAll(async () => {
  await browser?.close()
  await Promise.all(servers.map((server) => server.close()))
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

describe("a draft's new image and a document on both sites", () => {
  let link: string
  let media: { id: number; filename: string }

  it('shows an image added to a draft, served under the CSP to the holder of the token only (CWE-285)', async () => {
    const png = await sharp({ create: { width: 640, height: 360, channels: 3, background: '#c0392b' } })
      .png()
      .toBuffer()
    const upload = await uploadImage(inject('cmsUrl'), png, 'image/png', `voorbeeld-${Date.now().toString(36)}.png`)
    expect(upload.status, JSON.stringify(upload.json)).toBe(201)
    media = upload.json.doc
    const patched = await api('PATCH', `/api/videos/${video.id}?draft=true`, { as: 'editor', body: { poster: media.id } })
    expect(patched.status).toBe(200)

    link = await previewLinkFor(video.id, 'videos')
    expect(new URL(link).origin).toBe(previewUrl())
    const html = await (await fetch(link)).text()
    const src = html.match(/<img[^>]* src="(\/voorbeeld\/img\/[^"]+)"/)?.[1]
    expect(src, 'the poster in the preview page').toMatch(new RegExp(`-${media.id}-\\d+\\.webp\\?token=`))
    const image = await fetch(new URL(src!, link))
    expect(image.status).toBe(200)
    expect(image.headers.get('content-type')).toBe('image/webp')
    expect(image.headers.get('cache-control')).toBe('no-store')
    expect((await sharp(Buffer.from(await image.arrayBuffer())).metadata()).width).toBe(640)

    // Without a valid token nobody gets the image: not from the site, not from the CMS.
    const file = new URL(src!, link)
    const token = file.searchParams.get('token') as string
    expect((await fetch(`${previewUrl()}${file.pathname}`)).status).toBe(401)
    expect((await fetch(`${previewUrl()}${file.pathname}?token=${token.slice(0, -2)}${token.endsWith('AA') ? 'BB' : 'AA'}`)).status).toBe(
      403,
    )
    expect((await fetch(`${previewUrl()}/voorbeeld/img/iets-anders-1-480.webp?token=${token}`)).status).toBe(404)
    expect((await fetch(`${inject('cmsUrl')}/api/preview/media?id=${media.id}`)).status).toBe(401)
    expect((await fetch(`${inject('cmsUrl')}/api/preview/media?id=${video.poster}&token=${token}`)).status).toBe(404)
    expect((await fetch(`${inject('cmsUrl')}/api/media/file/${media.filename}`)).status).toBe(403)
    expect((await fetch(`${inject('cmsUrl')}/api/preview/media?id=${media.id}&token=${token}`)).status).toBe(200)
    // Not on the served site.
    expect((await fetch(`${previewUrl()}/img/${path.basename(file.pathname)}`)).status).toBe(404)

    // In Chromium, under the site's CSP: the image loads.
    const page = await (await browser.newContext()).newPage()
    const problems: string[] = []
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) problems.push(message.text())
    })
    await page.goto(link)
    const poster = page.locator(`img[src^="/voorbeeld/img/"]`).first()
    await expect
      .poll(() => poster.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth), { timeout: 30_000 })
      .toBeGreaterThan(0)
    expect(problems).toEqual([])
    await page.context().close()
  })

  it('previews a document on both sites on either, each with its own layout, and switches between them', async () => {
    const onProfessionals = await previewLinkFor(video.id, 'videos', '?site=professionals')
    expect(new URL(onProfessionals).origin).toBe(inject('professionalsPreviewUrl'))
    const response = await fetch(onProfessionals)
    const html = await response.text()
    expect(response.status).toBe(200)
    expect(html).toMatch(/<html[^>]* data-site="professionals"/)
    expect(html).toContain(`<h1>${video.title}`)
    // The professionals site's own stylesheet, served by that site.
    const sheet = html.match(/<link rel="stylesheet" href="(\/_astro\/[^"]+\.css)"/)?.[1]
    expect(sheet).toBeTruthy()
    expect((await fetch(`${inject('professionalsPreviewUrl')}${sheet}`)).status).toBe(200)
    expect((await fetch(`${previewUrl()}${sheet}`)).status).toBe(404)
    // The draft's new image there too.
    expect(html).toMatch(new RegExp(`src="/voorbeeld/img/[^"]*-${media.id}-`))

    // The banner offers the other site; in Chromium the link opens the preview there.
    const page = await (await browser.newContext()).newPage()
    await page.goto(link)
    expect(await page.locator('html').getAttribute('data-site')).toBe('helpers')
    expect(await page.locator('[data-preview-sites] [aria-current="page"]').textContent()).toBe('Voor de Helpers')
    await page.locator('[data-preview-sites] a', { hasText: 'Platform voor Professionals' }).click()
    await page.waitForURL(`${inject('professionalsPreviewUrl')}/**`)
    expect(await page.locator('html').getAttribute('data-site')).toBe('professionals')
    expect(await page.locator('h1').first().textContent()).toContain(video.title)
    await page.context().close()
  })

  it('previews a professionals-only document on the professionals site, with no choice of site', async () => {
    const { json } = await api('GET', '/api/stappenplannen?where[site][equals]=professionals&limit=1&depth=0', { as: 'editor' })
    const plan = json.docs[0]
    for (const query of ['', '?site=helpers']) {
      const address = await previewLinkFor(plan.id, 'stappenplannen', query)
      expect(new URL(address).origin).toBe(inject('professionalsPreviewUrl'))
      const html = await (await fetch(address)).text()
      expect(html).toMatch(/<html[^>]* data-site="professionals"/)
      expect(html).toContain(plan.title)
      expect(html).not.toContain('data-preview-sites')
    }
    // The helpers site's server refuses it.
    const token = new URL(await previewLinkFor(plan.id, 'stappenplannen')).searchParams.get('token')
    expect((await fetch(`${previewUrl()}/voorbeeld/stappenplannen/${plan.id}/?token=${token}`)).status).toBe(404)
  })

  afterAll(async () => {
    // The video's draft back to its published poster, for the tests after this file.
    if (video) await api('PATCH', `/api/videos/${video.id}?draft=true`, { as: 'editor', body: { poster: video.poster } })
  })
})
