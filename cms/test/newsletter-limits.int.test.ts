/**
 * The sign-up's limits (counted in the database, shared by every CMS instance) and the answer
 * times per address state, printed as figures. The global setup sets the overall cap to 20
 * mails per 10 s; per address it is 3 an hour.
 */
import { describe, expect, it } from 'vitest'
import { linkIn, mailsTo, pressButton, signUp, signUpBody, uniqueAddress, waitForMails } from './support/newsletter'
import { onPostgres } from './support/engine'
import { testDb } from './support/test-db'

const WINDOW_MS = 10_000
const LIMIT = 20
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
/**
 * Waits until no mail sent so far counts against the overall cap any more: WINDOW_MS after the
 * newest unsubscribe token (every mail carries one; cms/src/newsletter/limits.ts counts them).
 */
async function windowIsClear() {
  const [row] = await testDb().all("SELECT max(created_at) AS newest FROM newsletter_tokens WHERE purpose = 'unsubscribe'")
  const newest = row?.newest ? new Date(row.newest as string | Date).getTime() : 0
  const wait = newest + WINDOW_MS + 100 - Date.now()
  if (wait > 0) await pause(wait)
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!

describe('newsletter: limits', () => {
  it('per address: a fourth sign-up within the hour gets the same answer and no mail', async () => {
    await windowIsClear()
    const email = uniqueAddress('grens')
    const answers = []
    for (let i = 0; i < 4; i++) answers.push(await signUp(signUpBody(email)))
    expect(answers.map((a) => a.status)).toEqual([202, 202, 202, 202])
    expect(new Set(answers.map((a) => JSON.stringify(a.json))).size).toBe(1)
    await waitForMails(email, 3)
    await pause(500)
    expect(await mailsTo(email)).toHaveLength(3)
  })

  it('overall: above the cap a 429 with Retry-After, for every address alike; sign-ups go through again after', async () => {
    await windowIsClear()
    const statuses: number[] = []
    let retryAfter: string | null = null
    for (let i = 0; i < LIMIT + 5; i++) {
      const answer = await signUp(signUpBody(uniqueAddress(`druk${i}`)))
      statuses.push(answer.status)
      if (answer.status === 429) {
        retryAfter = answer.headers.get('retry-after')
        expect(answer.json.error).toMatch(/erg veel aanmeldingen/)
      }
    }
    expect(statuses.slice(0, LIMIT)).toEqual(Array(LIMIT).fill(202))
    expect(statuses.slice(LIMIT)).toEqual(Array(5).fill(429))
    expect(Number(retryAfter)).toBeGreaterThanOrEqual(1)
    await pause(Number(retryAfter) * 1000 + 200)
    expect((await signUp(signUpBody(uniqueAddress('na-de-drukte')))).status).toBe(202)
  }, 120_000)
})

describe.skipIf(onPostgres)('newsletter: answer times per address state (figures, not assertions)', () => {
  it('prints the median answer time for new, pending, confirmed and unsubscribed addresses, measured in turns', async () => {
    await windowIsClear()
    const n = 6
    const make = (state: string) => Array.from({ length: n }, (_, i) => uniqueAddress(`tijd-${state}${i}`))
    const addresses = { new: make('nieuw'), pending: make('wacht'), confirmed: make('bevestigd'), unsubscribed: make('afgemeld') }
    for (const email of [...addresses.pending, ...addresses.confirmed, ...addresses.unsubscribed]) await signUp(signUpBody(email))
    for (const email of addresses.confirmed) await pressButton(linkIn((await waitForMails(email, 1))[0]!, 'bevestigen'))
    for (const email of addresses.unsubscribed) await pressButton(linkIn((await waitForMails(email, 1))[0]!, 'afmelden'))
    const times: Record<keyof typeof addresses, number[]> = { new: [], pending: [], confirmed: [], unsubscribed: [] }
    const states = Object.keys(addresses) as (keyof typeof addresses)[]
    const answers = new Set<string>()
    // In turns, so that the machine's load weighs on every state alike; half the rounds per window.
    for (let i = 0; i < n; i++) {
      if (i % (n / 2) === 0) await windowIsClear()
      for (const state of states) {
        const answer = await signUp(signUpBody(addresses[state][i]!))
        times[state].push(answer.ms)
        answers.add(`${answer.status} ${JSON.stringify(answer.json)}`)
      }
    }
    const line = states.map((state) => `${state} ${median(times[state]).toFixed(1)} ms`).join(', ')
    console.log(`newsletter sign-up answer, median of ${n} over HTTP, states in turn: ${line}`)
    expect(answers.size).toBe(1)
  }, 180_000)
})
