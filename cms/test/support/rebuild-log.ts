import fs from 'node:fs'
import { expect, inject } from 'vitest'
import { api } from './api'

/** The rebuilds the test server's recorder noted, one line each (record-rebuild.mjs). */
export const runs = (log = inject('rebuildLog')): string[] =>
  fs.existsSync(log) ? fs.readFileSync(log, 'utf8').split('\n').filter(Boolean) : []

export const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Waits until the lines noted after the first `before` contain `line`. */
export async function waitForRun(line: string, before: number, log = inject('rebuildLog'), timeoutMs = 20_000): Promise<void> {
  for (let waited = 0; waited < timeoutMs; waited += 100) {
    if (runs(log).slice(before).includes(line)) return
    await pause(100)
  }
  expect(runs(log).slice(before), `no rebuild noted as "${line}"`).toContain(line)
}

/** Waits for the CMS to start a rebuild of exactly these sites after the action. */
export async function expectRebuild(action: () => Promise<unknown>, sites: string): Promise<void> {
  const before = runs().length
  await action()
  const answered = Date.now()
  await waitForRun(sites, before)
  // A figure, not an assertion: the test server's quiet period is 200 ms (2 s in `npm start`).
  console.log(`[figure] rebuild of "${sites}" noted ${Date.now() - answered} ms after the CMS answered`)
}

/** Waits until the CMS has no rebuild waiting or running. */
export async function quiet(): Promise<void> {
  for (let waited = 0; waited < 20_000; waited += 100) {
    const { json } = await api('GET', '/api/rebuild-status', { as: 'editor' })
    if (!json.running.length && !json.waiting.length) return
    await pause(100)
  }
  throw new Error('the rebuild queue did not go quiet')
}

/** Makes the recorder fail its next `count` runs. */
export const failNextRuns = (count: number) => fs.writeFileSync(`${inject('rebuildLog')}.fail`, String(count))
