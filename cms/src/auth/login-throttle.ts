import crypto from 'node:crypto'
import type { PayloadRequest } from 'payload'
import { addFailure, type Attempts, waitSeconds } from './backoff'

/**
 * Failed logins, counted in Payload's key-value store (a table in the database, so several CMS
 * instances share it) under keyed hashes: the table holds neither addresses nor IP addresses.
 *
 * - one account from one client: 5 tries, then a wait that doubles (1 s … 15 min);
 * - one client across all accounts: 20 tries, then the same (password spraying);
 * - nothing per account alone: that would let anyone keep a staff member out (CWE-645), which
 *   Payload's maxLoginAttempts/lockTime did.
 */
const RULES = { accountClient: 5, client: 20 } as const
const PREFIX = 'login-throttle:'

/**
 * The client as the nearest proxy saw it: the last X-Forwarded-For entry (`next start` adds the
 * socket address when there is no proxy). Behind a proxy, it must set or append that header
 * (README, production).
 */
export function clientOf(req: PayloadRequest): string {
  const forwarded = req.headers.get('x-forwarded-for') ?? ''
  return (
    forwarded
      .split(',')
      .map((part) => part.trim())
      .filter(Boolean)
      .pop() ?? 'unknown'
  )
}

function keysFor(req: PayloadRequest, email: string) {
  const client = clientOf(req)
  const hash = (value: string) => PREFIX + crypto.createHmac('sha256', req.payload.secret).update(value).digest('hex').slice(0, 40)
  return [
    { key: hash(`account|${email}|${client}`), free: RULES.accountClient },
    { key: hash(`client|${client}`), free: RULES.client },
  ]
}

/** Seconds this login must wait before it may be tried, or 0. */
export async function loginWait(req: PayloadRequest, email: string): Promise<number> {
  const now = Date.now()
  const waits = await Promise.all(
    keysFor(req, email).map(async ({ key, free }) => waitSeconds(await req.payload.kv.get<Attempts>(key), free, now)),
  )
  return Math.max(0, ...waits)
}

export async function recordFailure(req: PayloadRequest, email: string): Promise<void> {
  const now = Date.now()
  for (const { key } of keysFor(req, email)) {
    await req.payload.kv.set(key, addFailure(await req.payload.kv.get<Attempts>(key), now))
  }
}

/** A successful login clears this account's count from this client (not the client's overall count). */
export async function recordSuccess(req: PayloadRequest, email: string): Promise<void> {
  await req.payload.kv.delete(keysFor(req, email)[0].key)
}
