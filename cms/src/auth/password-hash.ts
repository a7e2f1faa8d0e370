import crypto from 'node:crypto'
import { promisify } from 'node:util'

const pbkdf2 = promisify(crypto.pbkdf2)

// Payload 3.90's formats (auth/strategies/local/generatePasswordSaltHash): the current one is
// prefixed, the legacy one is plain hex.
const CURRENT_PREFIX = 'pbkdf2-sha256-v1:'
const parameters = (hash: string) =>
  hash.startsWith(CURRENT_PREFIX)
    ? { hex: hash.slice(CURRENT_PREFIX.length), iterations: 600_000, keyLength: 32 }
    : { hex: hash, iterations: 25_000, keyLength: 512 }

/** Whether the password matches the stored hash, in constant time. */
export async function passwordMatches(password: string, stored: { hash?: unknown; salt?: unknown }): Promise<boolean> {
  if (typeof stored.hash !== 'string' || typeof stored.salt !== 'string') return false
  const { hex, iterations, keyLength } = parameters(stored.hash)
  const computed = await pbkdf2(password, stored.salt, iterations, keyLength, 'sha256')
  const expected = Buffer.from(hex, 'hex')
  return computed.length === expected.length && crypto.timingSafeEqual(computed, expected)
}

const dummy = { hash: `${CURRENT_PREFIX}${'0'.repeat(64)}`, salt: crypto.randomBytes(32).toString('hex') }

/**
 * The same work as checking a real account's password, for an address that has none, so that
 * the answer takes as long either way (CWE-208: the time told which addresses are accounts).
 */
export async function hashAgainstNothing(password: string): Promise<false> {
  await passwordMatches(password, dummy)
  return false
}
