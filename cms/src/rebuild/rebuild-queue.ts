import type { SiteName } from './affected-sites'

/**
 * Collects rebuild requests and runs one rebuild at a time: a burst of saves (an editor
 * publishing five checklists) becomes one build after `delayMs` of quiet, and what is asked
 * during a build runs once it is done, so a build never misses the last change. A failed build
 * is tried again after each of `retryDelaysMs` in turn (a locked database or a full disk often
 * clears up), then given up until the next request. A run may answer that some sites are busy
 * (another CMS instance holds their lease, leased-rebuild.ts): those are neither built nor
 * failed, and are asked for again after `busyRetryMs`.
 */
export interface RebuildStatus {
  /** Asked for and not started yet. */
  waiting: SiteName[]
  /** Being built now. */
  running: SiteName[]
  /** `detail`: what the build did, when the runner says (the publish worker: "helpers: 3 pagina's in 1,2 s") */
  last?: { sites: SiteName[]; ok: boolean; finishedAt: string; detail?: string }
  /** After a failed build, while waiting to try again: when, and which try that will be. */
  retry?: { at: string; attempt: number; of: number }
}

/** What a run may answer: a detail for the status line, and the sites it could not build now. */
export interface RunOutcome {
  detail?: string
  busy?: SiteName[]
}

export interface RebuildQueueOptions {
  /** Quiet period after the last request before a build starts. */
  delayMs: number
  /** The waits before each new try after a failure; their number bounds the tries. */
  retryDelaysMs?: readonly number[]
  /** The wait before asking again for sites a run found busy. */
  busyRetryMs?: number
  /**
   * A build of these sites is over, built or given up: every request made before `startedAt`
   * (when that try started) has had its turn. The persistent queue forgets them here.
   */
  onSettled?: (sites: SiteName[], startedAt: Date) => void | Promise<void>
}

export interface RebuildQueue {
  request(sites: readonly SiteName[]): void
  /** A person asks again: a fresh series of tries after the quiet period, ending any backoff. */
  retry(sites: readonly SiteName[]): void
  status(): RebuildStatus
  /** Resolves when nothing is waiting or running (for tests and shutdown). */
  idle(): Promise<void>
}

export const DEFAULT_RETRY_DELAYS_MS = [2000, 8000, 30_000] as const
export const DEFAULT_BUSY_RETRY_MS = 3000

function outcome(result: unknown): RunOutcome {
  if (typeof result === 'string') return result ? { detail: result } : {}
  if (result && typeof result === 'object') return result as RunOutcome
  return {}
}

export function createRebuildQueue(run: (sites: SiteName[]) => Promise<unknown>, options: RebuildQueueOptions): RebuildQueue {
  const { delayMs, retryDelaysMs = DEFAULT_RETRY_DELAYS_MS, busyRetryMs = DEFAULT_BUSY_RETRY_MS, onSettled } = options
  const pending = new Set<SiteName>()
  /** Found busy by the last run: asked for again when `busyTimer` fires. */
  const busy = new Set<SiteName>()
  let busyTimer: ReturnType<typeof setTimeout> | undefined
  let timer: ReturnType<typeof setTimeout> | undefined
  let running: Promise<void> | undefined
  let runningSites: SiteName[] = []
  let last: RebuildStatus['last']
  /** Failed tries of the sites now in backoff; 0 when nothing failed. */
  let failures = 0
  let retryAt: number | undefined
  let waiters: (() => void)[] = []

  const settle = () => {
    if (pending.size || busy.size || busyTimer || timer || running) return
    for (const resolve of waiters) resolve()
    waiters = []
  }
  const schedule = () => {
    if (running || !pending.size) return settle()
    if (retryAt !== undefined) {
      // Backing off: new requests join the next try, which keeps its time.
      timer ??= setTimeout(start, Math.max(0, retryAt - Date.now()))
      return
    }
    if (timer) clearTimeout(timer)
    timer = setTimeout(start, delayMs)
  }
  const later = (sites: readonly SiteName[]) => {
    if (!sites.length) return
    for (const site of sites) busy.add(site)
    busyTimer ??= setTimeout(() => {
      busyTimer = undefined
      for (const site of busy) pending.add(site)
      busy.clear()
      schedule()
    }, busyRetryMs)
  }
  const settled = (sites: SiteName[], startedAt: Date) => {
    Promise.resolve(onSettled?.(sites, startedAt)).catch((error) => console.error('[rebuild] could not clear the pending requests:', error))
  }
  function start() {
    timer = undefined
    retryAt = undefined
    const sites = [...pending].sort()
    pending.clear()
    runningSites = sites
    const startedAt = new Date()
    const finish = (ok: boolean, result: RunOutcome = {}) => {
      const { detail, busy: busySites = [] } = result
      later(busySites)
      const built = sites.filter((site) => !busySites.includes(site))
      if (!built.length) return
      last = { sites: built, ok, finishedAt: new Date().toISOString(), ...(detail ? { detail } : {}) }
      if (!ok && failures < retryDelaysMs.length) {
        retryAt = Date.now() + retryDelaysMs[failures]
        failures++
        for (const site of sites) pending.add(site)
        return
      }
      failures = 0
      settled(built, startedAt)
    }
    // The runner reports its own failures; the queue keeps going.
    running = run(sites)
      .then(
        (result) => finish(true, outcome(result)),
        () => finish(false),
      )
      .finally(() => {
        running = undefined
        runningSites = []
        schedule()
      })
  }

  return {
    request(sites) {
      for (const site of sites) pending.add(site)
      schedule()
    },
    retry(sites) {
      failures = 0
      retryAt = undefined
      if (timer) clearTimeout(timer)
      timer = undefined
      this.request(sites)
    },
    status() {
      const retry =
        retryAt === undefined ? {} : { retry: { at: new Date(retryAt).toISOString(), attempt: failures + 1, of: retryDelaysMs.length + 1 } }
      return { waiting: [...new Set([...pending, ...busy])].sort(), running: [...runningSites], ...(last ? { last } : {}), ...retry }
    },
    idle() {
      return new Promise((resolve) => {
        waiters.push(resolve)
        settle()
      })
    },
  }
}
