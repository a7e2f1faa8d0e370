/**
 * The newsletter's double opt-in over real HTTP and real SMTP: the CMS sends to the tests'
 * maildev (global setup), and the tests read the mails through maildev's REST API.
 */
import { describe, expect, inject, it } from 'vitest'
import { api } from './support/api'
import {
  linkIn,
  mailsTo,
  pressButton,
  sha256,
  signUp,
  signUpBody,
  tokenOf,
  uniqueAddress,
  waitForMails,
  withDatabase,
} from './support/newsletter'

const exportCsv = async (audience = 'professionals') =>
  (await api('GET', `/api/newsletter/export?audience=${audience}`, { as: 'marketer' })).json as string

async function subscription(email: string) {
  const { json } = await api('GET', `/api/newsletter-subscriptions?where[email][equals]=${encodeURIComponent(email)}`, { as: 'admin' })
  return json.docs as Record<string, unknown>[]
}

describe('newsletter: double opt-in, the main path', () => {
  it('signs up, mails, confirms only on POST, exports, unsubscribes by link and by one-click POST', async () => {
    const email = uniqueAddress('hoofdpad')
    // 1. sign up: stored as pending, and the same answer as for any address
    const answer = await signUp(signUpBody(email.toUpperCase()))
    expect(answer.status).toBe(202)
    expect(answer.json.message).toMatch(/Kijk in uw mailbox/)
    expect(await subscription(email)).toMatchObject([
      { email, status: 'pending', audience: 'professionals', consentVersion: '2026-12', page: 'nieuwsbrief-test', channel: 'e-mail' },
    ])

    // 2. the mail arrives at the catcher, with the RFC 8058 headers and a working unsubscribe link
    const [mail] = await waitForMails(email, 1)
    expect(mail.subject).toBe('Bevestig uw aanmelding voor de nieuwsbrief')
    const confirmLink = linkIn(mail, 'bevestigen')
    const unsubscribeLink = linkIn(mail, 'afmelden')
    expect(mail.headers['list-unsubscribe']).toBe(`<${unsubscribeLink}>`)
    expect(mail.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click')
    expect(tokenOf(confirmLink)).toHaveLength(43) // 256 random bits, base64url

    // 3. a GET of the link (what a mail scanner does) shows a button and confirms nothing
    for (let i = 0; i < 3; i++) {
      const page = await fetch(confirmLink)
      expect(page.status).toBe(200)
      const html = await page.text()
      expect(html).toContain('<form method="post" action="/nieuwsbrief/bevestigen">')
      expect(html).not.toContain('<script')
    }
    expect((await subscription(email))[0]).toMatchObject({ status: 'pending', confirmedAt: null })
    expect(await exportCsv()).not.toContain(email)

    // 4. the POST confirms; the service event records the sign-up without the address
    const before = (
      await api('GET', '/api/service-events?limit=0&where[kind][equals]=newsletter-signup&where[subject][equals]=nieuwsbrief-test', {
        as: 'admin',
      })
    ).json.totalDocs
    const confirmed = await pressButton(confirmLink)
    expect(confirmed.status).toBe(200)
    expect(await confirmed.text()).toContain('Uw aanmelding is bevestigd')
    const [row] = await subscription(email)
    expect(row).toMatchObject({ status: 'confirmed' })
    expect(Date.parse(String(row.confirmedAt))).toBeGreaterThanOrEqual(Date.parse(String(row.signedUpAt)))
    const events = (
      await api(
        'GET',
        '/api/service-events?limit=100&sort=-createdAt&where[kind][equals]=newsletter-signup&where[subject][equals]=nieuwsbrief-test',
        { as: 'admin' },
      )
    ).json
    expect(events.totalDocs).toBe(before + 1)
    expect(events.docs[0]).toMatchObject({ site: 'professionals', channel: 'e-mail', subject: 'nieuwsbrief-test' })
    expect(JSON.stringify(events)).not.toContain(email)

    // 5. the export holds the address, with its audience, confirmation time and consent version
    const csv = await exportCsv()
    expect(csv.split('\n')[0]).toBe('email,audience,confirmedAt,consentVersion')
    expect(csv).toContain(`${email},professionals,${row.confirmedAt},2026-12`)
    expect(await exportCsv('helpers')).not.toContain(email)

    // 6a. unsubscribe by the link: its GET shows a button, the button's POST unsubscribes
    const unsubscribePage = await fetch(unsubscribeLink)
    expect(await unsubscribePage.text()).toContain('Afmelden voor de nieuwsbrief')
    expect((await subscription(email))[0].status).toBe('confirmed')
    const unsubscribed = await pressButton(unsubscribeLink)
    expect(unsubscribed.status).toBe(200)
    expect(await unsubscribed.text()).toContain('U bent afgemeld')
    expect((await subscription(email))[0]).toMatchObject({ status: 'unsubscribed' })
    // 7. the export no longer has it
    expect(await exportCsv()).not.toContain(email)

    // 6b. signed up and confirmed again, then the one-click POST of RFC 8058 to the header's address
    expect((await signUp(signUpBody(email))).status).toBe(202)
    const second = (await waitForMails(email, 2)).at(-1)!
    expect(second.subject).toBe('Bevestig uw aanmelding voor de nieuwsbrief')
    expect((await pressButton(linkIn(second, 'bevestigen'))).status).toBe(200)
    expect(await exportCsv()).toContain(email)
    const oneClick = /<([^>]+)>/.exec(second.headers['list-unsubscribe'])![1]
    const response = await fetch(oneClick, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    })
    expect(response.status).toBe(200)
    expect((await subscription(email))[0]).toMatchObject({ status: 'unsubscribed' })
    expect(await exportCsv()).not.toContain(email)
  })
})

describe('newsletter: tokens', () => {
  it('refuses a reused token, an expired one, one used for the wrong purpose and a made-up one', async () => {
    const email = uniqueAddress('tokens')
    await signUp(signUpBody(email))
    const [mail] = await waitForMails(email, 1)
    const confirmLink = linkIn(mail, 'bevestigen')
    const unsubscribeLink = linkIn(mail, 'afmelden')

    // wrong purpose: the unsubscribe token does not confirm, the confirm token does not unsubscribe
    const wrong = await fetch(`${inject('cmsUrl')}/nieuwsbrief/bevestigen`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ token: tokenOf(unsubscribeLink) }).toString(),
    })
    expect(wrong.status).toBe(400)
    expect((await subscription(email))[0].status).toBe('pending')
    // made up
    const madeUp = await fetch(`${inject('cmsUrl')}/nieuwsbrief/bevestigen`, {
      method: 'POST',
      body: new URLSearchParams({ token: 'x'.repeat(43) }),
    })
    expect(madeUp.status).toBe(400)
    expect(await madeUp.text()).toContain('Deze link werkt niet')

    // once: the second POST of the same link is refused
    expect((await pressButton(confirmLink)).status).toBe(200)
    const reused = await pressButton(confirmLink)
    expect(reused.status).toBe(410)
    expect(await reused.text()).toContain('al gebruikt')

    // expired: a token past its expiresAt (set in the database file) is refused and not used up
    expect((await signUp(signUpBody(email, { audience: 'helpers' }))).status).toBe(202)
    const helpersMail = (await waitForMails(email, 2)).at(-1)!
    const helpersLink = linkIn(helpersMail, 'bevestigen')
    const hash = sha256(tokenOf(helpersLink))
    if (process.env.TEST_DATABASE_URL) return // the rest reaches into the SQLite file
    const changed = withDatabase(
      (db) =>
        db.prepare('UPDATE newsletter_tokens SET expires_at = ? WHERE hash = ?').run(new Date(Date.now() - 1000).toISOString(), hash)
          .changes,
    )
    expect(changed).toBe(1)
    const expired = await pressButton(helpersLink)
    expect(expired.status).toBe(410)
    expect(await expired.text()).toContain('verlopen')
    const rows = await subscription(email)
    expect(rows.find((r) => r.audience === 'helpers')).toMatchObject({ status: 'pending' })
    expect(withDatabase((db) => db.prepare('SELECT used_at FROM newsletter_tokens WHERE hash = ?').get(hash))).toEqual({ used_at: null })
  })

  it('stores tokens only as SHA-256 hashes, and nobody reads them over REST', async () => {
    const email = uniqueAddress('hash')
    await signUp(signUpBody(email))
    const [mail] = await waitForMails(email, 1)
    const token = tokenOf(linkIn(mail, 'bevestigen'))
    for (const who of ['anonymous', 'editor', 'marketer', 'admin'] as const) {
      expect((await api('GET', '/api/newsletter-tokens', { as: who })).status, who).toBe(403)
    }
    if (process.env.TEST_DATABASE_URL) return
    const stored = withDatabase((db) => db.prepare('SELECT hash, purpose FROM newsletter_tokens WHERE hash = ?').all(sha256(token)))
    expect(stored).toEqual([{ hash: sha256(token), purpose: 'confirm' }])
    const raw = withDatabase((db) => JSON.stringify(db.prepare('SELECT * FROM newsletter_tokens').all()))
    expect(raw).not.toContain(token)
  })
})

describe('newsletter: what a stranger may not learn', () => {
  it('gives a repeated sign-up of a confirmed address the same answer, and mails that it is already subscribed', async () => {
    const email = uniqueAddress('herhaald')
    const first = await signUp(signUpBody(email))
    const [mail] = await waitForMails(email, 1)
    await pressButton(linkIn(mail, 'bevestigen'))
    const again = await signUp(signUpBody(email))
    expect(again.status).toBe(first.status)
    expect(again.json).toEqual(first.json)
    const mails = await waitForMails(email, 2)
    const already = mails.at(-1)!
    expect(already.subject).toBe('U bent al aangemeld voor de nieuwsbrief')
    expect(already.text).not.toContain('/nieuwsbrief/bevestigen')
    // this mail too has a working unsubscribe link and the one-click headers
    expect(already.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click')
    expect((await pressButton(linkIn(already, 'afmelden'))).status).toBe(200)
    expect((await subscription(email))[0].status).toBe('unsubscribed')
    // the answer for an unknown address is the same again
    expect((await signUp(signUpBody(uniqueAddress('onbekend')))).json).toEqual(first.json)
  })

  it('keeps no IP address or user agent, and the CMS logs no address', async () => {
    const email = uniqueAddress('privacy')
    await fetch(`${inject('cmsUrl')}/api/newsletter/subscribe`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'user-agent': 'Testbrowser/9.9', 'x-forwarded-for': '203.0.113.7' },
      body: JSON.stringify(signUpBody(email)),
    })
    await waitForMails(email, 1)
    const [row] = await subscription(email)
    expect(Object.keys(row).sort()).toEqual(
      [
        'audience',
        'channel',
        'confirmedAt',
        'consentVersion',
        'createdAt',
        'email',
        'id',
        'page',
        'signedUpAt',
        'status',
        'unsubscribedAt',
        'updatedAt',
      ].sort(),
    )
    expect(JSON.stringify(row)).not.toMatch(/203\.0\.113\.7|Testbrowser/)
    const { readFileSync, existsSync } = await import('node:fs')
    expect(existsSync(inject('cmsLog'))).toBe(true)
    const log = readFileSync(inject('cmsLog'), 'utf8')
    expect(log).toMatch(/Ready|Local:/) // the capture works: Next's start lines are there
    expect(log).not.toMatch(/@voorbeeld\.nl/)
  })
})

describe('newsletter: bad input gets a 4xx with a Dutch reason, and nothing is stored', () => {
  it.each([
    ['a bad address', JSON.stringify(signUpBody('geen-adres')), 'application/json', 422, 'Vul een geldig e-mailadres in.'],
    [
      'missing consent',
      JSON.stringify({ ...signUpBody('x@voorbeeld.nl'), consentVersion: undefined }),
      'application/json',
      422,
      'Geef toestemming om de nieuwsbrief te ontvangen.',
    ],
    [
      'an unknown consent version',
      JSON.stringify(signUpBody('x@voorbeeld.nl', { consentVersion: '1999-01' })),
      'application/json',
      422,
      'Geef toestemming',
    ],
    [
      'an unknown audience',
      JSON.stringify(signUpBody('x@voorbeeld.nl', { audience: 'iedereen' })),
      'application/json',
      422,
      'Kies voor welke nieuwsbrief u zich aanmeldt.',
    ],
    [
      'an extra field (an IP smuggled in)',
      JSON.stringify(signUpBody('x@voorbeeld.nl', { ip: '203.0.113.7' })),
      'application/json',
      422,
      'ip',
    ],
    [
      'an oversized body (CWE-400)',
      JSON.stringify(signUpBody('x@voorbeeld.nl', { page: 'a'.repeat(5000) })),
      'application/json',
      413,
      'groter dan',
    ],
    ['a wrong content type (CWE-352)', JSON.stringify(signUpBody('x@voorbeeld.nl')), 'text/plain', 415, 'application/json'],
    ['a form post', 'email=x%40voorbeeld.nl', 'application/x-www-form-urlencoded', 415, 'JSON'],
    ['broken JSON', '{"email":', 'application/json', 400, 'geen geldige JSON'],
  ])('%s', async (_name, body, type, status, reason) => {
    const before = (await api('GET', '/api/newsletter-subscriptions?limit=0', { as: 'admin' })).json.totalDocs
    const answer = await signUp(body, type)
    expect(answer.status).toBe(status)
    expect(JSON.stringify(answer.json)).toContain(reason)
    expect((await api('GET', '/api/newsletter-subscriptions?limit=0', { as: 'admin' })).json.totalDocs).toBe(before)
    expect(await mailsTo('x@voorbeeld.nl')).toEqual([])
  })
})

describe('newsletter: roles, checked on the server', () => {
  it('lets marketers and admins export, and refuses editors and visitors', async () => {
    for (const who of ['marketer', 'admin'] as const) {
      const response = await api('GET', '/api/newsletter/export?audience=helpers', { as: who })
      expect(response.status, who).toBe(200)
      expect(String(response.json).split('\n')[0]).toBe('email,audience,confirmedAt,consentVersion')
    }
    expect((await api('GET', '/api/newsletter/export?audience=helpers', { as: 'editor' })).status).toBe(403)
    expect((await api('GET', '/api/newsletter/export?audience=helpers')).status).toBe(401)
    expect((await api('GET', '/api/newsletter/export?audience=iedereen', { as: 'marketer' })).status).toBe(400)
  })

  it('lets marketers and admins read subscriptions and counts; nobody writes them over REST', async () => {
    for (const who of ['marketer', 'admin'] as const) {
      expect((await api('GET', '/api/newsletter-subscriptions?limit=1', { as: who })).status, who).toBe(200)
      expect((await api('GET', '/api/newsletter/counts', { as: who })).status, who).toBe(200)
    }
    for (const who of ['editor', 'anonymous'] as const) {
      expect((await api('GET', '/api/newsletter-subscriptions?limit=1', { as: who })).status, who).toBe(403)
      expect((await api('GET', '/api/newsletter/counts', { as: who })).status, who).toBeGreaterThanOrEqual(401)
    }
    const row = {
      email: 'rest@voorbeeld.nl',
      audience: 'helpers',
      status: 'confirmed',
      consentVersion: '2026-12',
      signedUpAt: new Date().toISOString(),
    }
    for (const who of ['admin', 'marketer', 'editor', 'anonymous'] as const) {
      expect((await api('POST', '/api/newsletter-subscriptions', { as: who, body: row })).status, who).toBe(403)
      expect(
        (await api('POST', '/api/newsletter-erasures', { as: who, body: { addressHash: 'a'.repeat(64), erasedAt: row.signedUpAt } }))
          .status,
        who,
      ).toBe(403)
    }
  })
})
