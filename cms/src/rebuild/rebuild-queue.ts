import type { SiteName } from './affected-sites'

/**
 * Collects rebuild requests and runs one rebuild at a time: a burst of saves (an editor
 * publishing five checklists) becomes one build after `delayMs` of quiet, and what is asked
 * during a build runs once it is done, so a build never misses the last change.
 */
export interface RebuildQueue {
  request(sites: readonly SiteName[]): void
  /** Resolves when nothing is waiting or running (for tests and shutdown). */
  idle(): Promise<void>
}

export function createRebuildQueue(run: (sites: SiteName[]) => Promise<void>, delayMs: number): RebuildQueue {
  const pending = new Set<SiteName>()
  let timer: ReturnType<typeof setTimeout> | undefined
  let running: Promise<void> | undefined
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
    running = run(sites)
      .catch(() => undefined) // the runner reports its own failures; the queue keeps going
      .finally(() => {
        running = undefined
        schedule()
      })
  }

  return {
    request(sites) {
      for (const site of sites) pending.add(site)
      schedule()
    },
    idle() {
      return new Promise((resolve) => {
        waiters.push(resolve)
        settle()
      })
    },
  }
}
