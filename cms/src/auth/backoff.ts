/**
 * How long a key (one account from one client, or one client across accounts) must wait after
 * `failures` failed logins: nothing for the first `free`, then 1 s doubling per failure, at most
 * `maxSeconds`. A throttle, never a lock: the wait always ends, and it is counted per client, so
 * someone else's failures never keep the real person out (CWE-307 without CWE-645).
 */
export function backoffSeconds(failures: number, free: number, maxSeconds = 15 * 60): number {
  if (failures < free) return 0
  return Math.min(maxSeconds, 2 ** Math.min(30, failures - free))
}

export interface Attempts {
  failures: number
  /** Epoch ms of the last failure. */
  last: number
}

/** The seconds still to wait now, or 0. A key forgets its failures a day after the last one. */
export function waitSeconds(attempts: Attempts | null, free: number, now: number, forgetMs = 24 * 3600_000): number {
  if (!attempts || now - attempts.last > forgetMs) return 0
  const until = attempts.last + backoffSeconds(attempts.failures, free) * 1000
  return until > now ? Math.ceil((until - now) / 1000) : 0
}

/** The record after one more failure. */
export function addFailure(attempts: Attempts | null, now: number, forgetMs = 24 * 3600_000): Attempts {
  const fresh = !attempts || now - attempts.last > forgetMs
  return { failures: fresh ? 1 : attempts.failures + 1, last: now }
}
