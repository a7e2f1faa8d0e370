import crypto from 'node:crypto'
import path from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import { CURRENT_NEWSLETTER_CONSENT } from '@vsp/content-models'
import { inject } from 'vitest'

/** A mail as maildev's REST API (GET /api/email) returns it; only what the tests read. */
export interface CaughtMail {
  id: string
  subject: string
  text: string
  html: string
  to: { address: string }[]
  headers: Record<string, string>
}

/** A fresh address per test, so tests never see each other's mails or limits. */
export const uniqueAddress = (label: string) => `${label}.${Date.now()}.${crypto.randomBytes(3).toString('hex')}@voorbeeld.nl`

export const signUpBody = (email: string, extra: Record<string, unknown> = {}) => ({
  email,
  audience: 'professionals',
  consentVersion: CURRENT_NEWSLETTER_CONSENT,
  page: 'nieuwsbrief-test',
  channel: 'e-mail',
  ...extra,
})

/** POST /api/newsletter/subscribe over real HTTP, with its answer time in milliseconds. */
export async function signUp(body: unknown, contentType = 'application/json') {
  const started = performance.now()
  const response = await fetch(`${inject('cmsUrl')}/api/newsletter/subscribe`, {
    method: 'POST',
    headers: { 'content-type': contentType },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  })
  const json = await response.json().catch(() => null)
  return { status: response.status, json, ms: performance.now() - started, headers: response.headers }
}

/** The headers as sent, from the raw message (maildev's parsed `headers` leave the List-* ones out). */
async function rawHeaders(id: string): Promise<Record<string, string>> {
  const source = await (await fetch(`${inject('maildevUrl')}/api/email/${id}/source`)).text()
  const head = source.split(/\r?\n\r?\n/)[0]!.replace(/\r?\n[ \t]+/g, ' ')
  return Object.fromEntries(
    head.split(/\r?\n/).map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]),
  )
}

/** Every mail maildev caught for this address, in arrival order. */
export async function mailsTo(address: string): Promise<CaughtMail[]> {
  const response = await fetch(`${inject('maildevUrl')}/api/email`)
  const all = (await response.json()) as CaughtMail[]
  const mine = all.filter((mail) => mail.to.some((to) => to.address.toLowerCase() === address.toLowerCase()))
  return Promise.all(mine.map(async (mail) => ({ ...mail, headers: await rawHeaders(mail.id) })))
}

/** Waits until maildev holds `count` mails for the address (the CMS sends without waiting). */
export async function waitForMails(address: string, count: number, timeoutMs = 10_000): Promise<CaughtMail[]> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const mails = await mailsTo(address)
    if (mails.length >= count) return mails
    if (Date.now() > deadline) throw new Error(`${mails.length} of ${count} mails arrived for the address`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

/** The link to a page of ours in a mail's text (`/nieuwsbrief/bevestigen` or `/nieuwsbrief/afmelden`). */
export function linkIn(mail: CaughtMail, page: 'bevestigen' | 'afmelden'): string {
  const match = new RegExp(`https?://\\S+/nieuwsbrief/${page}\\?token=[A-Za-z0-9_-]+`).exec(mail.text)
  if (!match) throw new Error(`no ${page} link in the mail`)
  return match[0]
}

export const tokenOf = (link: string) => new URL(link).searchParams.get('token')!

/** What a browser sends when the button on the page is pressed: the form with the token. */
export const pressButton = (link: string) =>
  fetch(`${inject('cmsUrl')}${new URL(link).pathname}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ token: tokenOf(link) }).toString(),
  })

/** The test CMS's SQLite file, for what HTTP cannot do (make a token old) or show (what the file holds). */
export const databaseFile = () => path.join(inject('cmsDataDir'), 'cms.db')

export function withDatabase<T>(work: (db: DatabaseSync) => T): T {
  const db = new DatabaseSync(databaseFile())
  try {
    return work(db)
  } finally {
    db.close()
  }
}

export const sha256 = (value: string) => crypto.createHash('sha256').update(value).digest('hex')
