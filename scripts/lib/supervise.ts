import type { ChildProcess } from 'node:child_process'

export interface SupervisorOptions {
  /** First wait before a restart; doubles per crash in a row, up to maxDelayMs. */
  initialDelayMs?: number
  maxDelayMs?: number
  /** A run that lasted this long counts as healthy: the next crash waits initialDelayMs again. */
  healthyAfterMs?: number
  onRestart?: (attempt: number, delayMs: number, code: number | null, signal: NodeJS.Signals | null) => void
}

export interface Supervisor {
  /** The process running now. */
  readonly current: ChildProcess
  readonly restarts: number
  /** Stops the service for good (no restart after this exit). */
  stop(signal?: NodeJS.Signals): void
}

/** The wait before restart number `crashesInARow` (1-based). */
export const restartDelay = (crashesInARow: number, initial: number, max: number) =>
  Math.min(max, initial * 2 ** Math.max(0, crashesInARow - 1))

/**
 * Keeps a service running: when it dies (a crash, an OOM kill, SIGKILL) it is started again after
 * a wait that doubles while it keeps dying (1 s, 2 s, 4 s … 30 s), so that a service that cannot
 * start does not spin. An exit after stop() is left alone.
 */
export function supervise(start: () => ChildProcess, options: SupervisorOptions = {}): Supervisor {
  const { initialDelayMs = 1000, maxDelayMs = 30_000, healthyAfterMs = 60_000, onRestart } = options
  let current = start()
  let startedAt = Date.now()
  let crashesInARow = 0
  let restarts = 0
  let stopped = false
  let timer: NodeJS.Timeout | undefined

  const watch = (child: ChildProcess) => {
    child.on('exit', (code, signal) => {
      if (stopped) return
      crashesInARow = Date.now() - startedAt >= healthyAfterMs ? 1 : crashesInARow + 1
      const delay = restartDelay(crashesInARow, initialDelayMs, maxDelayMs)
      onRestart?.(restarts + 1, delay, code, signal)
      timer = setTimeout(() => {
        if (stopped) return
        restarts++
        current = start()
        startedAt = Date.now()
        watch(current)
      }, delay)
    })
  }
  watch(current)

  return {
    get current() {
      return current
    },
    get restarts() {
      return restarts
    },
    stop(signal = 'SIGTERM') {
      stopped = true
      clearTimeout(timer)
      current.kill(signal)
    },
  }
}
