/**
 * Erasure by address (admins only) and the admin view "Nieuwsbrief": the person's subscriptions
 * and tokens go, a keyed hash remains, and the address is nowhere in the database file.
 */
import fs from 'node:fs'
import { describe, expect, inject, it } from 'vitest'
import { api, login } from './support/api'
import { databaseFile, linkIn, pressButton, sha256, signUp, signUpBody, uniqueAddress, waitForMails } from './support/newsletter'

const erase = (email: string, as: 'admin' | 'editor' | 'marketer' | 'anonymous') =>
  api('POST', '/api/newsletter/erase', { as, body: { email } })

const adminPage = async (as: 'admin' | 'editor' | 'marketer') =>
  (
    await fetch(`${inject('cmsUrl')}/admin/nieuwsbrief`, {
      headers: { cookie: `payload-token=${await login(as)}`, 'sec-fetch-site': 'same-origin' },
    })
  ).text()

describe('newsletter: erasure by address', () => {
  it('is for admins only, and the cookie of the admin form counts only from the admin itself', async () => {
    const email = uniqueAddress('rollen-wissen')
    await signUp(signUpBody(email))
    expect((await erase(email, 'anonymous')).status).toBe(401)
    expect((await erase(email, 'editor')).status).toBe(403)
    expect((await erase(email, 'marketer')).status).toBe(403)
    const { json } = await api('GET', `/api/newsletter-subscriptions?where[email][equals]=${encodeURIComponent(email)}`, { as: 'marketer' })
    expect(json.totalDocs).toBe(1)
    expect((await api('POST', '/api/newsletter/erase', { as: 'admin', body: { email: 'geen-adres' } })).status).toBe(422)
    // The admin's form posts with the session cookie; from another site that cookie counts for nothing (CWE-352).
    const withCookie = (origin: string) =>
      fetch(`${inject('cmsUrl')}/api/newsletter/erase`, {
        method: 'POST',
        headers: { cookie: `payload-token=${adminToken}`, origin, 'content-type': 'application/json' },
        body: JSON.stringify({ email }),
      })
    const adminToken = await login('admin')
    expect((await withCookie('https://evil.example')).status).toBe(401)
    expect(
      (await api('GET', `/api/newsletter-subscriptions?where[email][equals]=${encodeURIComponent(email)}`, { as: 'marketer' })).json
        .totalDocs,
    ).toBe(1)
    expect((await withCookie(inject('cmsUrl'))).status).toBe(200)
  })

  it('leaves no trace of the address: not in any collection, not in the database file; a keyed hash remains', async () => {
    const email = uniqueAddress('wissen')
    await signUp(signUpBody(email, { audience: 'helpers', page: 'wis-test' }))
    await signUp(signUpBody(email, { audience: 'professionals', page: 'wis-test' }))
    const mails = await waitForMails(email, 2)
    await pressButton(linkIn(mails[0], 'bevestigen'))
    await pressButton(linkIn(mails[1], 'afmelden'))
    const erasuresBefore = (await api('GET', '/api/newsletter-erasures?limit=0', { as: 'admin' })).json.totalDocs

    const answer = await erase(email.toUpperCase(), 'admin')
    expect(answer.status).toBe(200)
    expect(answer.json).toMatchObject({ subscriptions: 2 })

    // Every collection, read by an admin over REST
    const { json: config } = await api('GET', '/api/newsletter-subscriptions?limit=0', { as: 'admin' })
    expect(config.totalDocs).toBeGreaterThanOrEqual(0)
    for (const slug of ['newsletter-subscriptions', 'newsletter-erasures', 'service-events', 'users', 'landing-pages']) {
      const { json } = await api('GET', `/api/${slug}?limit=1000&depth=0`, { as: 'admin' })
      expect(JSON.stringify(json), slug).not.toContain(email)
    }
    const erasures = (await api('GET', '/api/newsletter-erasures?limit=1&sort=-erasedAt', { as: 'admin' })).json
    expect(erasures.totalDocs).toBe(erasuresBefore + 1)
    const hash = erasures.docs[0].addressHash
    expect(hash).toMatch(/^[0-9a-f]{64}$/)
    expect(hash).not.toBe(sha256(email)) // keyed: a list of guessed addresses cannot be matched
    // the same address gives the same keyed hash, so "was this address erased?" can be answered
    await erase(email, 'admin')
    expect((await api('GET', '/api/newsletter-erasures?limit=1&sort=-erasedAt', { as: 'admin' })).json.docs[0].addressHash).toBe(hash)

    // The bytes of the SQLite file and its write-ahead log: deleted rows linger there unless compacted
    if (process.env.TEST_DATABASE_URL) return
    for (const file of [databaseFile(), `${databaseFile()}-wal`]) {
      if (!fs.existsSync(file)) continue
      const bytes = fs.readFileSync(file)
      expect(bytes.includes(Buffer.from(email)), file).toBe(false)
      expect(bytes.includes(Buffer.from(email.split('@')[0])), `${file} (local part)`).toBe(false)
    }
  })
})

describe('admin view "Nieuwsbrief"', () => {
  it('shows marketers and admins the counts per audience and per page; the erase form to admins only', async () => {
    const page = `telling-${Date.now()}`
    const confirmedAddress = uniqueAddress('telling-a')
    await signUp(signUpBody(confirmedAddress, { page }))
    await signUp(signUpBody(uniqueAddress('telling-b'), { page }))
    await pressButton(linkIn((await waitForMails(confirmedAddress, 1))[0], 'bevestigen'))

    const counts = (await api('GET', '/api/newsletter/counts', { as: 'marketer' })).json
    const row = counts.pages.find((p: { page: string }) => p.page === page)
    expect(row).toEqual({ audience: 'professionals', page, counts: { pending: 1, confirmed: 1, unsubscribed: 0 } })
    expect(counts.audiences.map((a: { audience: string }) => a.audience)).toEqual(['helpers', 'professionals'])

    const marketer = await adminPage('marketer')
    expect(marketer).toContain('<h1>Nieuwsbrief</h1>')
    expect(marketer).toMatch(new RegExp(`data-page="${page}"[^>]*>.*?data-status="pending"[^>]*>1<.*?data-status="confirmed"[^>]*>1<`, 's'))
    expect(marketer).not.toContain('data-newsletter-erase')
    expect(marketer).not.toContain(confirmedAddress)
    const admin = await adminPage('admin')
    expect(admin).toContain('data-newsletter-erase')
    const editor = await adminPage('editor')
    expect(editor).toContain('Alleen voor marketeers en beheerders.')
    expect(editor).not.toContain(`data-page="${page}"`)
  })
})
