import type { SiteName } from './affected-sites'

/**
 * Collects rebuild requests and runs one rebuild at a time: a burst of saves (an editor
 * publishing five checklists) becomes one build after `delayMs` of quiet, and what is asked
 * during a build runs once it is done, so a build never misses the last change.
 */
export interface RebuildStatus {
  /** Asked for and not started yet. */
  waiting: SiteName[]
  /** Being built now. */
  running: SiteName[]
  last?: { sites: SiteName[]; ok: boolean; finishedAt: string }
}

export interface RebuildQueue {
  request(sites: readonly SiteName[]): void
  status(): RebuildStatus
  /** Resolves when nothing is waiting or running (for tests and shutdown). */
  idle(): Promise<void>
}

export function createRebuildQueue(run: (sites: SiteName[]) => Promise<void>, delayMs: number): RebuildQueue {
  const pending = new Set<SiteName>()
  let timer: ReturnType<typeof setTimeout> | undefined
  let running: Promise<void> | undefined
  let runningSites: SiteName[] = []
  let last: RebuildStatus['last']
  let waiters: (() => void)[] = []

  const settle = () => {
    if (pending.size || timer || running) return
    for (const resolve of waiters) resolve()
    waiters = []
  }
  const schedule = () => {
    if (running || !pending.size) return settle()
    if (timer) clearTimeout(timer)
    timer = setTimeout(start, delayMs)
  }
  function start() {
    timer = undefined
    const sites = [...pending].sort()
    pending.clear()
    runningSites = sites
    const done = (ok: boolean) => () => {
      last = { sites, ok, finishedAt: new Date().toISOString() }
    }
    // The runner reports its own failures; the queue keeps going.
    running = run(sites)
      .then(done(true), done(false))
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
    status() {
      return { waiting: [...pending].sort(), running: [...runningSites], ...(last ? { last } : {}) }
    },
    idle() {
      return new Promise((resolve) => {
        waiters.push(resolve)
        settle()
      })
    },
  }
}
