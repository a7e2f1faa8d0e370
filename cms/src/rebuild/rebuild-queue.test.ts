import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { SiteName } from './affected-sites'
import { createRebuildQueue } from './rebuild-queue'

const DELAY = 2000

/** A build runner whose builds finish when the test says so. */
function recorder() {
  const runs: SiteName[][] = []
  const finishers: ((ok: boolean) => void)[] = []
  let concurrent = 0
  let maxConcurrent = 0
  const run = (sites: SiteName[]) => {
    runs.push(sites)
    maxConcurrent = Math.max(maxConcurrent, ++concurrent)
    return new Promise<void>((resolve, reject) => {
      finishers.push((ok) => {
        concurrent--
        if (ok) resolve()
        else reject(new Error('build failed'))
      })
    })
  }
  /** Ends the oldest running build and lets the queue react. */
  const finish = async (ok = true) => {
    finishers.shift()!(ok)
    await vi.advanceTimersByTimeAsync(0)
  }
  return { runs, run, finish, max: () => maxConcurrent }
}

beforeEach(() => {
  vi.useFakeTimers()
})
afterEach(() => {
  vi.useRealTimers()
})

describe('createRebuildQueue', () => {
  it('turns a burst of requests into one run over all asked sites, after the quiet period', async () => {
    const r = recorder()
    const queue = createRebuildQueue(r.run, { delayMs: DELAY })
    queue.request(['helpers'])
    await vi.advanceTimersByTimeAsync(DELAY - 500)
    queue.request(['professionals']) // the quiet period starts again
    queue.request(['helpers'])
    await vi.advanceTimersByTimeAsync(DELAY - 1)
    expect(r.runs).toEqual([])
    await vi.advanceTimersByTimeAsync(1)
    expect(r.runs).toEqual([['helpers', 'professionals']])
    await r.finish()
    await queue.idle()
    expect(r.runs).toHaveLength(1)
  })

  it('runs what was asked during a build once that build is done, never two at once', async () => {
    const r = recorder()
    const queue = createRebuildQueue(r.run, { delayMs: DELAY })
    queue.request(['helpers'])
    await vi.advanceTimersByTimeAsync(DELAY)
    expect(r.runs).toEqual([['helpers']]) // the first build is running now
    queue.request(['professionals'])
    queue.request(['helpers'])
    await vi.advanceTimersByTimeAsync(10 * DELAY)
    expect(r.runs).toHaveLength(1) // still waiting for the first build
    await r.finish()
    await vi.advanceTimersByTimeAsync(DELAY)
    expect(r.runs).toEqual([['helpers'], ['helpers', 'professionals']])
    await r.finish()
    await queue.idle()
    expect(r.max()).toBe(1)
  })

  it('does nothing for an empty request, and keeps going after a failed build', async () => {
    const r = recorder()
    const queue = createRebuildQueue(r.run, { delayMs: DELAY, retryDelaysMs: [] })
    queue.request([])
    await vi.advanceTimersByTimeAsync(10 * DELAY)
    await queue.idle()
    expect(r.runs).toEqual([])
    queue.request(['helpers'])
    await vi.advanceTimersByTimeAsync(DELAY)
    await r.finish(false)
    queue.request(['helpers'])
    await vi.advanceTimersByTimeAsync(DELAY)
    expect(r.runs).toHaveLength(2)
    await r.finish(false)
    await queue.idle()
    expect(queue.status()).toMatchObject({ waiting: [], running: [], last: { sites: ['helpers'], ok: false } })
  })

  it('tells what waits, what runs and how the last build went', async () => {
    const r = recorder()
    const queue = createRebuildQueue(r.run, { delayMs: DELAY })
    expect(queue.status()).toEqual({ waiting: [], running: [] })
    queue.request(['professionals'])
    expect(queue.status()).toEqual({ waiting: ['professionals'], running: [] })
    await vi.advanceTimersByTimeAsync(DELAY)
    expect(queue.status()).toEqual({ waiting: [], running: ['professionals'] })
    await r.finish()
    await queue.idle()
    expect(queue.status()).toMatchObject({ waiting: [], running: [], last: { sites: ['professionals'], ok: true } })
  })

  it('tries a failed build again after each wait in turn, then gives up and says so', async () => {
    const r = recorder()
    const settled: [SiteName[], Date][] = []
    const queue = createRebuildQueue(r.run, {
      delayMs: DELAY,
      retryDelaysMs: [2000, 8000, 30_000],
      onSettled: (sites, at) => void settled.push([sites, at]),
    })
    queue.request(['helpers'])
    await vi.advanceTimersByTimeAsync(DELAY)
    for (const [attempt, wait] of [
      [2, 2000],
      [3, 8000],
      [4, 30_000],
    ]) {
      const before = r.runs.length
      await r.finish(false)
      expect(queue.status()).toMatchObject({ waiting: ['helpers'], running: [], last: { ok: false }, retry: { attempt, of: 4 } })
      expect(Date.parse(queue.status().retry!.at) - Date.now()).toBe(wait)
      await vi.advanceTimersByTimeAsync(wait - 1)
      expect(r.runs).toHaveLength(before)
      await vi.advanceTimersByTimeAsync(1)
      expect(r.runs).toHaveLength(before + 1)
    }
    expect(settled).toEqual([])
    await r.finish(false)
    await queue.idle()
    expect(r.runs).toEqual([['helpers'], ['helpers'], ['helpers'], ['helpers']])
    const status = queue.status()
    expect(status).toMatchObject({ waiting: [], running: [], last: { sites: ['helpers'], ok: false } })
    expect(status.retry).toBeUndefined()
    expect(settled.map(([sites]) => sites)).toEqual([['helpers']])
  })

  it('stops trying once a build succeeds, and the next failure starts with the shortest wait again', async () => {
    const r = recorder()
    const settled: SiteName[][] = []
    const queue = createRebuildQueue(r.run, { delayMs: DELAY, retryDelaysMs: [2000, 8000], onSettled: (sites) => void settled.push(sites) })
    queue.request(['professionals'])
    await vi.advanceTimersByTimeAsync(DELAY)
    await r.finish(false)
    await vi.advanceTimersByTimeAsync(2000)
    await r.finish(true)
    await queue.idle()
    expect(r.runs).toHaveLength(2)
    expect(settled).toEqual([['professionals']])
    queue.request(['professionals'])
    await vi.advanceTimersByTimeAsync(DELAY)
    await r.finish(false)
    expect(Date.parse(queue.status().retry!.at) - Date.now()).toBe(2000)
  })

  it('lets requests made while backing off join the next try without moving it', async () => {
    const r = recorder()
    const queue = createRebuildQueue(r.run, { delayMs: DELAY, retryDelaysMs: [8000] })
    queue.request(['helpers'])
    await vi.advanceTimersByTimeAsync(DELAY)
    await r.finish(false)
    await vi.advanceTimersByTimeAsync(7000)
    queue.request(['professionals'])
    await vi.advanceTimersByTimeAsync(1000)
    expect(r.runs).toEqual([['helpers'], ['helpers', 'professionals']])
  })

  it('starts afresh when a person asks again while it backs off', async () => {
    const r = recorder()
    const queue = createRebuildQueue(r.run, { delayMs: DELAY, retryDelaysMs: [30_000] })
    queue.request(['helpers'])
    await vi.advanceTimersByTimeAsync(DELAY)
    await r.finish(false)
    queue.retry(['helpers', 'professionals'])
    expect(queue.status().retry).toBeUndefined()
    await vi.advanceTimersByTimeAsync(DELAY)
    expect(r.runs).toEqual([['helpers'], ['helpers', 'professionals']])
    await r.finish(false) // a fresh series: it will try again
    expect(queue.status().retry).toMatchObject({ attempt: 2, of: 2 })
  })

  it('asks again later for the sites a run found busy (another instance builds them), and settles only the built ones', async () => {
    const runs: SiteName[][] = []
    const settled: SiteName[][] = []
    let holderDone = false
    // helpers is leased elsewhere until `holderDone`; professionals is free.
    const run = async (sites: SiteName[]) => {
      runs.push(sites)
      return { detail: 'gebouwd', busy: holderDone ? [] : sites.filter((site) => site === 'helpers') }
    }
    const queue = createRebuildQueue(run, { delayMs: DELAY, busyRetryMs: 3000, onSettled: (sites) => void settled.push(sites) })
    queue.request(['helpers', 'professionals'])
    await vi.advanceTimersByTimeAsync(DELAY)
    expect(runs).toEqual([['helpers', 'professionals']])
    expect(settled).toEqual([['professionals']])
    expect(queue.status()).toMatchObject({ waiting: ['helpers'], running: [], last: { sites: ['professionals'], ok: true } })
    await vi.advanceTimersByTimeAsync(3000 + DELAY - 1)
    expect(runs).toHaveLength(1)
    await vi.advanceTimersByTimeAsync(1)
    expect(runs).toEqual([['helpers', 'professionals'], ['helpers']]) // busy again: no failure, no backoff
    expect(queue.status().retry).toBeUndefined()
    holderDone = true
    await vi.advanceTimersByTimeAsync(3000 + DELAY)
    expect(runs).toHaveLength(3)
    await queue.idle()
    expect(settled).toEqual([['professionals'], ['helpers']])
    expect(queue.status()).toMatchObject({ waiting: [], running: [], last: { sites: ['helpers'], ok: true, detail: 'gebouwd' } })
  })
})
