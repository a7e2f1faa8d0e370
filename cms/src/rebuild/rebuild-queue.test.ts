import { describe, expect, it } from 'vitest'
import type { SiteName } from './affected-sites'
import { createRebuildQueue } from './rebuild-queue'

function recorder(buildMs = 0) {
  const runs: SiteName[][] = []
  let concurrent = 0
  let maxConcurrent = 0
  const run = async (sites: SiteName[]) => {
    runs.push(sites)
    maxConcurrent = Math.max(maxConcurrent, ++concurrent)
    await new Promise((resolve) => setTimeout(resolve, buildMs))
    concurrent--
  }
  return { runs, run, max: () => maxConcurrent }
}

describe('createRebuildQueue', () => {
  it('turns a burst of requests into one run over all asked sites', async () => {
    const r = recorder()
    const queue = createRebuildQueue(r.run, 20)
    queue.request(['helpers'])
    queue.request(['professionals'])
    queue.request(['helpers'])
    await queue.idle()
    expect(r.runs).toEqual([['helpers', 'professionals']])
  })

  it('runs what was asked during a build once that build is done, never two at once', async () => {
    const r = recorder(50)
    const queue = createRebuildQueue(r.run, 5)
    queue.request(['helpers'])
    await new Promise((resolve) => setTimeout(resolve, 20)) // the first build is running now
    queue.request(['professionals'])
    queue.request(['helpers'])
    await queue.idle()
    expect(r.runs).toEqual([['helpers'], ['helpers', 'professionals']])
    expect(r.max()).toBe(1)
  })

  it('does nothing for an empty request, and keeps going after a failed build', async () => {
    let calls = 0
    const queue = createRebuildQueue(async () => {
      calls++
      throw new Error('build failed')
    }, 5)
    queue.request([])
    await queue.idle()
    expect(calls).toBe(0)
    queue.request(['helpers'])
    await queue.idle()
    queue.request(['helpers'])
    await queue.idle()
    expect(calls).toBe(2)
    expect(queue.status()).toMatchObject({ waiting: [], running: [], last: { sites: ['helpers'], ok: false } })
  })

  it('tells what waits, what runs and how the last build went', async () => {
    const r = recorder(40)
    const queue = createRebuildQueue(r.run, 5)
    expect(queue.status()).toEqual({ waiting: [], running: [] })
    queue.request(['professionals'])
    expect(queue.status()).toEqual({ waiting: ['professionals'], running: [] })
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(queue.status()).toEqual({ waiting: [], running: ['professionals'] })
    await queue.idle()
    expect(queue.status()).toMatchObject({ waiting: [], running: [], last: { sites: ['professionals'], ok: true } })
  })
})
