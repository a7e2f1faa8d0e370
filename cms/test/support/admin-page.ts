import { inject } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { demoUsers } from '@vsp/test-support/demo-users'
import type { Role } from './api'

/**
 * A page in the admin, logged in as `role`, that collects what must never happen: page errors
 * (a crashed component), CSP refusals, and Next's "This page couldn't load".
 */
export async function adminPage(browser: Browser, role: Role = 'editor'): Promise<{ page: Page; problems: string[] }> {
  const problems: string[] = []
  const page = await (await browser.newContext({ viewport: { width: 1400, height: 1000 } })).newPage()
  // The admin's pages are heavy and this machine is shared: wait for what a person would wait for.
  page.setDefaultTimeout(90_000)
  page.setDefaultNavigationTimeout(120_000)
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) problems.push(message.text())
  })
  page.on('pageerror', (error) => problems.push(String(error)))
  const user = demoUsers.find((u) => u.role === role)!
  await page.goto(`${inject('cmsUrl')}/admin/login`)
  await page.fill('input[name="email"]', user.email)
  await page.fill('input[name="password"]', user.password)
  await page.click('button[type="submit"]')
  await page.waitForURL(/\/admin\/?$/)
  return { page, problems }
}

/** Fails when the admin shows Next's error page instead of the form. */
export async function crashed(page: Page): Promise<boolean> {
  return (await page.getByText(/This page couldn.t load|Application error/i).count()) > 0
}
