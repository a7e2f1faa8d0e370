import crypto from 'node:crypto'
import { payloadSecret } from '../lib/paths'

/** Addresses are stored and compared in lower case, without surrounding spaces. */
export const normaliseEmail = (email: string): string => email.trim().toLowerCase()

/** A key of its own for erasure hashes, derived from PAYLOAD_SECRET (HKDF), not the secret itself. */
function erasureKey(secret: string): Buffer {
  return Buffer.from(crypto.hkdfSync('sha256', secret, 'newsletter-erasure', 'newsletter-erasure-address-hmac', 32))
}

/**
 * The keyed hash an erasure record keeps: HMAC-SHA-256 of the normalised address. Without the
 * key a list of guessed addresses cannot be matched against it, as a plain hash could.
 */
export function addressHash(email: string, secret: string = payloadSecret()): string {
  return crypto.createHmac('sha256', erasureKey(secret)).update(normaliseEmail(email)).digest('hex')
}
