import type { Payload } from 'payload'

/**
 * A cap on how often one endpoint is used, counted for everybody together in fixed windows.
 * Visitors are not told apart on purpose: that would mean keeping their IP addresses, and the
 * X-Forwarded-For header that Next.js passes on is the client's to choose anyway. A flood of
 * tips therefore fills at most `limit` drafts per window for the editors; the rest of the CMS
 * keeps serving.
 */
export interface RateLimit {
  /**
   * 0 when the call may go ahead, otherwise the seconds until the next window. In memory
   * (`fixedWindow`, one process) or in the database (`databaseWindow`, shared by every instance).
   */
  take(payload?: Payload): number | Promise<number>
}

export function fixedWindow(limit: number, windowMs: number, now: () => number = Date.now): { take(): number } {
  let windowStart = now()
  let used = 0
  return {
    take() {
      const time = now()
      if (time - windowStart >= windowMs) {
        windowStart = time
        used = 0
      }
      if (used < limit) {
        used++
        return 0
      }
      return Math.max(1, Math.ceil((windowStart + windowMs - time) / 1000))
    },
  }
}

/** A limit's settings from the environment (`<NAME>_LIMIT` calls per `<NAME>_WINDOW_MS`), with defaults. */
export function limitSettingsFromEnv(name: string, limit: number, windowMs: number): { limit: number; windowMs: number } {
  const number = (value: string | undefined, fallback: number) => (value && Number(value) > 0 ? Number(value) : fallback)
  return { limit: number(process.env[`${name}_LIMIT`], limit), windowMs: number(process.env[`${name}_WINDOW_MS`], windowMs) }
}

/**
 * A limit from the environment (`<NAME>_LIMIT` calls per `<NAME>_WINDOW_MS`), with defaults,
 * kept where `make` keeps it (in memory unless told otherwise).
 */
export function limitFromEnv<Limit extends RateLimit = ReturnType<typeof fixedWindow>>(
  name: string,
  limit: number,
  windowMs: number,
  make: (limit: number, windowMs: number) => Limit = fixedWindow as unknown as (limit: number, windowMs: number) => Limit,
): Limit {
  const settings = limitSettingsFromEnv(name, limit, windowMs)
  return make(settings.limit, settings.windowMs)
}
