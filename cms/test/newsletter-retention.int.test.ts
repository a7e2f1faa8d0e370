/**
 * Retention of newsletter addresses (cms/src/newsletter/retention.ts), run by the nightly job
 * and by POST /api/stats/run: an address is kept only with a present consent. Sign-ups go over
 * real HTTP and real SMTP; the test makes rows old in the database itself (HTTP cannot), on
 * SQLite and on PostgreSQL.
 */
import fs from 'node:fs'
import { describe, expect, it } from 'vitest'
import { api } from './support/api'
import { databaseFile, linkIn, pressButton, signUp, signUpBody, uniqueAddress, waitForMails } from './support/newsletter'
import { testDb } from './support/test-db'

const DAY = 86_400_000
const daysAgo = (days: number) => new Date(Date.now() - days * DAY).toISOString()
const db = () => testDb()

async function subscription(email: string) {
  const [row] = await db().all('SELECT id, status FROM newsletter_subscriptions WHERE email = ?', [email])
  return row as { id: number; status: string } | undefined
}
const tokens = async (id: number) =>
  (await db().all('SELECT purpose, used_at FROM newsletter_tokens WHERE subscription_id = ? ORDER BY purpose', [id])).map(
    (row) => row.purpose,
  )

describe('newsletter: addresses are kept only with a present consent', () => {
  it('deletes unconfirmed sign-ups after their link expired, unsubscribed addresses after 30 days, and spent links', async () => {
    const [unconfirmedOld, unconfirmedNew, unsubscribedOld, unsubscribedNew, confirmed] = [
      'bewaren-onbevestigd-oud',
      'bewaren-onbevestigd-nieuw',
      'bewaren-afgemeld-oud',
      'bewaren-afgemeld-nieuw',
      'bewaren-bevestigd',
    ].map(uniqueAddress)
    for (const email of [unconfirmedOld, unconfirmedNew, unsubscribedOld, unsubscribedNew, confirmed])
      expect((await signUp(signUpBody(email))).status).toBe(202)
    for (const email of [unsubscribedOld, unsubscribedNew, confirmed]) {
      const [mail] = await waitForMails(email, 1)
      expect((await pressButton(linkIn(mail, 'bevestigen'))).status).toBe(200)
    }
    for (const email of [unsubscribedOld, unsubscribedNew]) {
      const [mail] = await waitForMails(email, 1)
      expect((await pressButton(linkIn(mail, 'afmelden'))).status).toBe(200)
    }
    const confirmedId = (await subscription(confirmed))!.id
    expect(await tokens(confirmedId)).toEqual(['confirm', 'unsubscribe'])

    // Time passes: 5 days for one unconfirmed sign-up (its link expired after 72 h), 31 days
    // since one unsubscribe, 2 days since the confirmed address used its confirmation link.
    await db().all('UPDATE newsletter_subscriptions SET signed_up_at = ? WHERE email = ?', [daysAgo(5), unconfirmedOld])
    await db().all('UPDATE newsletter_subscriptions SET unsubscribed_at = ? WHERE email = ?', [daysAgo(31), unsubscribedOld])
    await db().all("UPDATE newsletter_tokens SET used_at = ? WHERE subscription_id = ? AND purpose = 'confirm'", [daysAgo(2), confirmedId])
    const gone = [await subscription(unconfirmedOld), await subscription(unsubscribedOld)].map((row) => row!.id)

    expect((await api('POST', '/api/stats/run', { as: 'marketer' })).status).toBe(403)
    const run = await api('POST', '/api/stats/run', { as: 'admin' })
    expect(run.status).toBe(200)
    expect(run.json.newsletter.unconfirmed).toBeGreaterThanOrEqual(1)
    expect(run.json.newsletter.unsubscribed).toBeGreaterThanOrEqual(1)
    expect(run.json.newsletter.tokens).toBeGreaterThanOrEqual(1)

    expect(await subscription(unconfirmedOld)).toBeUndefined()
    expect(await subscription(unsubscribedOld)).toBeUndefined()
    for (const id of gone) expect(await tokens(id), 'their links went with them').toEqual([])
    expect(await subscription(unconfirmedNew)).toMatchObject({ status: 'pending' })
    expect(await subscription(unsubscribedNew)).toMatchObject({ status: 'unsubscribed' })
    expect(await subscription(confirmed)).toMatchObject({ status: 'confirmed' })
    expect(await tokens(confirmedId), 'the used confirmation link went, the unsubscribe link stays').toEqual(['unsubscribe'])

    // Nowhere readable over REST, and on SQLite not in the file's bytes either (it was compacted).
    for (const email of [unconfirmedOld, unsubscribedOld]) {
      const { json } = await api('GET', `/api/newsletter-subscriptions?where[email][equals]=${encodeURIComponent(email)}`, { as: 'admin' })
      expect(json.totalDocs, email).toBe(0)
      if (db().postgres) continue
      for (const file of [databaseFile(), `${databaseFile()}-wal`]) {
        if (fs.existsSync(file)) expect(fs.readFileSync(file).includes(Buffer.from(email)), `${email} in ${file}`).toBe(false)
      }
    }
  })
})
