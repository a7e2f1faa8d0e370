/**
 * Unique visitors per day and site without cookies, the way Plausible counts: a keyed hash of
 * what every request carries (site, user agent, IP address) with a salt that is random, made
 * anew each day and forgotten with that day (at most 48 hours old). Only "is this the first
 * page view of this hash today" leaves this module, as a flag on the event; the hash, the IP
 * address and the user agent are never stored, and the salt lives in memory only, never next
 * to the counts. A restart makes a new salt: who returns after it that day is counted again.
 *
 * The same per-hash bookkeeping marks bursts: more events from one hash in a short window than
 * a person can cause are kept but flagged, so the report can show them instead of counting them.
 */
import { createHmac, createSecretKey, type KeyObject, randomBytes } from 'node:crypto'

export const SALT_MAX_AGE_MS = 48 * 60 * 60_000

export interface VisitorOptions {
  now?: () => number
  newSalt?: () => Buffer
  /** time zone of the organisation's day (the report's days) */
  timeZone?: string
  /** more events than this from one visitor within `burstWindowMs` are a burst */
  burstLimit?: number
  burstWindowMs?: number
}

export interface Sighting {
  /** the day (YYYY-MM-DD, in the organisation's time zone) the event counts for */
  day: string
  /** the first page view of this visitor on this site today */
  newVisitor: boolean
  /** too fast to be a person */
  burst: boolean
}

interface Seen {
  viewed: boolean
  windowStart: number
  inWindow: number
}

interface Day {
  day: string
  /** the salt as a key object: HMAC with a raw Buffer key imports it anew each call (6x slower) */
  salt: KeyObject
  createdAt: number
  seen: Map<string, Seen>
}

const formats = new Map<string, { format: Intl.DateTimeFormat; minute: number; day: string }>()

/**
 * YYYY-MM-DD of an instant in a time zone. Remembers the last minute asked for: every time zone's
 * midnight falls on a whole minute, and the ingest asks for every event.
 */
export function dayOf(time: number, timeZone = 'Europe/Amsterdam'): string {
  let cached = formats.get(timeZone)
  if (!cached) {
    const format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })
    formats.set(timeZone, (cached = { format, minute: Number.NaN, day: '' }))
  }
  const minute = Math.floor(time / 60_000)
  if (minute !== cached.minute) {
    cached.minute = minute
    cached.day = cached.format.format(time)
  }
  return cached.day
}

export function createVisitorCounter(options: VisitorOptions = {}) {
  const now = options.now ?? Date.now
  const newSalt = options.newSalt ?? (() => randomBytes(32))
  const burstLimit = options.burstLimit ?? 30
  const burstWindowMs = options.burstWindowMs ?? 10_000
  let current: Day | undefined

  /** Forgets the salt and the hashes of every day but today's, and any salt 48 hours old. */
  function prune(time = now()): void {
    if (current && (current.day !== dayOf(time, options.timeZone) || time - current.createdAt >= SALT_MAX_AGE_MS)) current = undefined
  }

  function today(time: number): Day {
    prune(time)
    current ??= { day: dayOf(time, options.timeZone), salt: createSecretKey(newSalt()), createdAt: time, seen: new Map() }
    return current
  }

  return {
    prune,
    /** Notes one event of a request; `pageView` says whether it may count a new visitor. */
    see(request: { site: string; userAgent: string; ip: string }, pageView: boolean): Sighting {
      const time = now()
      const day = today(time)
      const hash = createHmac('sha256', day.salt)
        .update(`${request.site}\n${request.userAgent}\n${request.ip}`)
        .digest('base64url')
        .slice(0, 22)
      let seen = day.seen.get(hash)
      if (!seen) day.seen.set(hash, (seen = { viewed: false, windowStart: time, inWindow: 0 }))
      if (time - seen.windowStart >= burstWindowMs) {
        seen.windowStart = time
        seen.inWindow = 0
      }
      seen.inWindow++
      const burst = seen.inWindow > burstLimit
      const newVisitor = pageView && !burst && !seen.viewed
      if (newVisitor) seen.viewed = true
      return { day: day.day, newVisitor, burst }
    },
    /** For tests: how many salts are held (0 or 1) and how old the current one is. */
    saltAgeMs(time = now()): number | undefined {
      prune(time)
      return current && time - current.createdAt
    },
  }
}
export type VisitorCounter = ReturnType<typeof createVisitorCounter>
