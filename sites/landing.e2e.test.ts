/**
 * A landing page in Chromium behind the production server (@vsp/site-server, strict CSP): the
 * newsletter sign-up used with the keyboard only, axe clean (WCAG 2.2 AA) in each state, no
 * request to any host but the site and the CMS, no JavaScript but the shared script and the
 * island, no CSP violation.
 *
 * The CMS's newsletter API is not started here (it is built and tested over real HTTP and SMTP
 * in the newsletter work). The test observes the request the island sends, checks it against the
 * API's contract (`newsletterSubscribeInput`), and answers as the API does (202 with `{ message }`,
 * 422 with `{ error, issues }`) to see the form show each answer.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import type { Browser, BrowserContext, Page, Request } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CURRENT_NEWSLETTER_CONSENT, newsletterSubscribeInput, SITE_NAMES, type SiteName } from '@vsp/content-models'
import { startSiteServer, type SiteServer } from '@vsp/site-server'
import { CONSENT_MISSING, newsletterSubscribeUrl } from '@vsp/ui'
import { buildSiteOrThrow, hydrated, launchChromium, tabTo, WCAG_22_AA } from '@vsp/test-support'
import { API, STATS } from './test-fixtures/tool-harness'

/**
 * The CMS on a host of its own, so the test proves the build takes PUBLIC_ISLAND_API and the island posts nowhere else.
 * The same hosts as the tool tests', so that both use one build per site (packages/test-support/src/build-cache.ts).
 */
const ISLAND_API = API
const SUBSCRIBE = newsletterSubscribeUrl(ISLAND_API)
/** Where the shared script sends its page view (answered 204 here). */
const STATS_API = STATS
const ACCEPTED = 'Bedankt. Kijk in uw mailbox: met de link in de e-mail bevestigt u uw aanmelding.'

let tmp: string
let browser: Browser
const servers = {} as Record<SiteName, SiteServer>

beforeAll(async () => {
  tmp = await mkdtemp(path.join(tmpdir(), 'vsp-landing-e2e-'))
  for (const site of SITE_NAMES) {
    const dist = path.join(tmp, site)
    await buildSiteOrThrow(site, dist, { PUBLIC_ISLAND_API: ISLAND_API, PUBLIC_STATS_API: STATS_API })
    servers[site] = await startSiteServer({ root: dist })
  }
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
  for (const site of SITE_NAMES) await servers[site]?.close()
  if (tmp) await rm(tmp, { recursive: true, force: true })
})

interface Watched {
  context: BrowserContext
  page: Page
  /** every request to another host than the site */
  elsewhere: string[]
  /** the sign-up POSTs the island sent */
  signups: Request[]
  scripts: string[]
  violations: string[]
}

/** A page whose requests and CSP violations are recorded; the CMS answers with `answer`. */
async function watchedPage(answer: { status: number; body: unknown }): Promise<Watched> {
  const context = await browser.newContext()
  const watched: Watched = { context, page: undefined as never, elsewhere: [], signups: [], scripts: [], violations: [] }
  context.on('request', (request) => {
    const url = new URL(request.url())
    if (url.hostname !== '127.0.0.1') watched.elsewhere.push(`${request.method()} ${request.url()}`)
    if (request.resourceType() === 'script') watched.scripts.push(url.pathname)
  })
  const cors = {
    'access-control-allow-origin': '*',
    'access-control-allow-headers': 'content-type',
    'access-control-allow-methods': 'POST',
  }
  await context.route(
    (url) => url.hostname !== '127.0.0.1',
    async (route) => {
      const request = route.request()
      if (request.url().startsWith(`${STATS_API}/`)) return route.fulfill({ status: 204, headers: cors })
      if (request.url() !== SUBSCRIBE) return route.abort('blockedbyclient')
      if (request.method() === 'OPTIONS') return route.fulfill({ status: 204, headers: cors })
      watched.signups.push(request)
      return route.fulfill({ status: answer.status, headers: cors, contentType: 'application/json', body: JSON.stringify(answer.body) })
    },
  )
  const page = await context.newPage()
  page.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) watched.violations.push(message.text())
  })
  await page.exposeFunction('reportCspViolation', (text: string) => watched.violations.push(text))
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      ;(window as unknown as { reportCspViolation: (t: string) => void }).reportCspViolation(`${e.violatedDirective} ${e.blockedURI}`)
    })
  })
  watched.page = page
  return watched
}

const axe = async (page: Page, where: string) =>
  (await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze()).violations.map(
    (v) => `${where}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  )

const focused = (page: Page, selector: string) => page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)

describe('the newsletter sign-up on a landing page, keyboard only', () => {
  it('refuses without consent, then signs up and reads out the answer; axe clean, nothing but the site and the CMS asked', async () => {
    const w = await watchedPage({ status: 202, body: { message: ACCEPTED } })
    const { page } = w
    await page.goto(`${servers.helpers.url}/lp/iemand-steunen/`)
    await hydrated(page)
    const problems = await axe(page, 'geladen')

    // Address typed, consent forgotten: the form sends nothing and the problem gets focus.
    await tabTo(page, 'input[type=email]')
    await page.keyboard.type('helper@voorbeeld.nl')
    await tabTo(page, '[data-newsletter-submit]')
    await page.keyboard.press('Enter')
    await page.locator('[data-newsletter-problem]').waitFor()
    expect(await focused(page, '[data-newsletter-problem]')).toBe(true)
    expect(await page.locator('[data-newsletter-problem]').innerText()).toContain(CONSENT_MISSING)
    expect(await page.getAttribute('input[type=checkbox]', 'aria-invalid')).toBe('true')
    expect(w.signups).toHaveLength(0)
    problems.push(...(await axe(page, 'zonder toestemming')))

    // The consent text is the checkbox's label; Space ticks it, Enter sends.
    expect(await page.locator('label[for$="-toestemming"]').innerText()).toMatch(/^Ik wil de nieuwsbrief ontvangen/)
    await tabTo(page, 'input[type=checkbox]')
    await page.keyboard.press('Space')
    expect(await page.isChecked('input[type=checkbox]')).toBe(true)
    await tabTo(page, '[data-newsletter-submit]')
    await page.keyboard.press('Enter')
    await page.locator('[data-newsletter-sent]').waitFor()
    expect(await focused(page, '[data-newsletter-sent]')).toBe(true)
    expect(await page.getAttribute('[data-newsletter-sent]', 'role')).toBe('status')
    expect(await page.locator('[data-newsletter-sent]').innerText()).toBe(ACCEPTED)
    problems.push(...(await axe(page, 'aangemeld')))
    expect(problems).toEqual([])

    // One POST, exactly the API's contract, JSON, no cookies to send.
    expect(w.signups).toHaveLength(1)
    const [signup] = w.signups
    expect(signup.method()).toBe('POST')
    expect(signup.headers()['content-type']).toBe('application/json')
    const body = signup.postDataJSON()
    expect(newsletterSubscribeInput.parse(body)).toEqual(body)
    expect(body).toEqual({
      email: 'helper@voorbeeld.nl',
      audience: 'helpers',
      consentVersion: CURRENT_NEWSLETTER_CONSENT,
      page: 'iemand-steunen',
      channel: 'social',
    })
    expect(await w.context.cookies()).toEqual([])

    // Only the CMS's sign-up address (and the stats server's page view) was asked, and every script came from the site.
    expect([...new Set(w.elsewhere.map((r) => r.split(' ')[1]).filter((url) => !url.startsWith(`${STATS_API}/`)))]).toEqual([SUBSCRIBE])
    expect(
      w.scripts.every((p) => p.startsWith('/_astro/')),
      w.scripts.join('\n'),
    ).toBe(true)
    const islands = await page.locator('astro-island').evaluateAll((els) => els.map((el) => el.getAttribute('component-url')))
    expect(islands).toEqual([expect.stringMatching(/\/NewsletterForm\.[\w-]+\.js$/)])
    await page.waitForTimeout(300)
    expect(w.violations).toEqual([])
    await w.context.close()
  }, 120_000)

  it("shows the API's Dutch reason beside the field, with focus on the summary (professionals)", async () => {
    const reason = 'Vul een geldig e-mailadres in.'
    // The shape cms/src/endpoints/newsletter.ts answers with: problem(422, message, issues).
    const w = await watchedPage({ status: 422, body: { error: 'Controleer uw aanmelding.', issues: [{ path: 'email', message: reason }] } })
    const { page } = w
    await page.goto(`${servers.professionals.url}/lp/nieuwsbrief-professionals/`)
    await hydrated(page)
    await tabTo(page, 'input[type=email]')
    await page.keyboard.type('professional@voorbeeld.x')
    await tabTo(page, 'input[type=checkbox]')
    await page.keyboard.press('Space')
    await tabTo(page, '[data-newsletter-submit]')
    await page.keyboard.press('Enter')
    await page.locator('[data-newsletter-problem]').waitFor()
    expect(await focused(page, '[data-newsletter-problem]')).toBe(true)
    expect(await page.locator('[data-newsletter-problem]').innerText()).toContain('Controleer uw aanmelding.')
    expect(await page.getAttribute('input[type=email]', 'aria-invalid')).toBe('true')
    expect(await page.locator('.field-error').first().innerText()).toContain(reason)
    // The summary's link takes the keyboard to the field.
    await page.keyboard.press('Tab')
    expect(await focused(page, '[data-newsletter-problem] a')).toBe(true)
    await page.keyboard.press('Enter')
    await expect.poll(() => focused(page, 'input[type=email]')).toBe(true)
    expect(await axe(page, 'fout van de API')).toEqual([])
    expect(w.signups.map((r) => r.postDataJSON())).toEqual([
      expect.objectContaining({ audience: 'professionals', page: 'nieuwsbrief-professionals', channel: 'e-mail' }),
    ])
    expect(w.violations).toEqual([])
    await w.context.close()
  }, 120_000)

  it('without JavaScript says the form needs it, and shows no dead form', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(`${servers.professionals.url}/signalenwijzer/`)
    expect(await page.locator('[data-newsletter-noscript]').isVisible()).toBe(true)
    expect(await page.locator('form[data-newsletter-form]').count()).toBe(0)
    await context.close()
  })
})
