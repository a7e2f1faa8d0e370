import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { startSiteServer, type SiteServer } from '@vsp/site-server'
import { api, login } from './support/api'
import { rawRequest } from './fuzz/raw-request'
import { FUZZ_TARGETS } from './fuzz/targets'
import { onPostgres } from './support/engine'

// CWE-20 (improper input validation), CWE-400 (a request that takes the server down): every
// public endpoint gets malformed requests; every answer is 4xx, and the server keeps serving.
const SEED = Number(process.env.FUZZ_SEED ?? 20261201)
const CONCURRENCY = 8

let site: SiteServer
let siteRoot: string
beforeAll(async () => {
  siteRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'fuzz-site-'))
  fs.mkdirSync(path.join(siteRoot, 'hulp'))
  for (const [file, text] of [
    ['index.html', 'Welkom'],
    ['404.html', 'Niet gevonden'],
    ['hulp/index.html', 'Hulp'],
  ]) {
    fs.writeFileSync(path.join(siteRoot, file), `<!doctype html><html lang="nl"><title>${text}</title><p>${text}</p></html>`)
  }
  // The headers file a site build writes (packages/site-server reads it).
  fs.writeFileSync(
    path.join(siteRoot, '_headers'),
    "/*\n  X-Content-Type-Options: nosniff\n  Content-Security-Policy: default-src 'self'\n",
  )
  site = await startSiteServer({ root: siteRoot, port: 0, host: '127.0.0.1' })
})
afterAll(async () => {
  await site?.close()
  fs.rmSync(siteRoot, { recursive: true, force: true })
})

async function inPool<T>(items: T[], work: (item: T) => Promise<void>): Promise<void> {
  let next = 0
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < items.length) await work(items[next++])
    }),
  )
}

// On PostgreSQL (the second pass) a fifth of the CMS's requests: its engine-specific answers (ids,
// where, limits) are covered there; the site server and the 10,000 are the SQLite pass's.
const targets = onPostgres
  ? FUZZ_TARGETS.filter((target) => target.server === 'cms').map((target) => ({ ...target, runs: Math.ceil(target.runs / 5) }))
  : FUZZ_TARGETS

describe('fuzzing every public endpoint', () => {
  const total = targets.reduce((n, target) => n + target.runs, 0)

  it(`${total} malformed requests get a 4xx, never a 5xx, and the CMS and site still answer`, async () => {
    if (!onPostgres) expect(total).toBeGreaterThanOrEqual(10_000)
    const started = Date.now()
    const problems: string[] = []
    const tally: Record<string, Record<number, number>> = {}
    for (const [index, target] of targets.entries()) {
      const origin = target.server === 'cms' ? inject('cmsUrl') : site.url
      const requests = fc.sample(target.requests, { numRuns: target.runs, seed: SEED + index })
      const counts: Record<number, number> = (tally[target.name] = {})
      let shown = 0
      await inPool(requests, async (request) => {
        const status = await rawRequest(origin, request).catch(() => 0)
        counts[status] = (counts[status] ?? 0) + 1
        if (!target.accepts(status) && shown++ < 5) {
          problems.push(
            `${target.name}: ${status} for ${request.method} ${String(request.path).slice(0, 120)} ${JSON.stringify(request.headers)} ${request.body?.toString('utf8').slice(0, 160) ?? ''}`,
          )
        }
      })
    }
    const seconds = ((Date.now() - started) / 1000).toFixed(1)
    console.log(`[figure] fuzz: ${total} requests in ${seconds} s (seed ${SEED}); answers per endpoint: ${JSON.stringify(tally)}`)
    expect(problems).toEqual([])

    // Still serving normally.
    expect((await api('GET', '/api/health')).status).toBe(200)
    expect((await api('GET', '/api/checklists?limit=1')).json.docs.length).toBe(1)
    const event = { kind: 'tool-completed', site: 'helpers', channel: 'direct', subject: 'zelfscan-tijdsbesteding', outcome: 'let-op' }
    expect((await api('POST', '/api/island/events', { body: event })).status).toBe(204)
    expect(await login('editor')).toBeTruthy()
    expect((await fetch(site.url)).status).toBe(200)
  }, 240_000)
})
