/**
 * Ingest benchmark: events a second, p50 and p99 latency and errors, from this process against
 * the stats server (started here as a second process on a seeded data folder) or any running
 * endpoint (`--url`). A probe takes SQLite's write lock every 100 ms during the run, as a publish
 * does, and prints how long it had to wait: the effect of the events on publishing.
 *
 *   pnpm exec tsx scripts/bench/ingest-bench.ts --data-dir /tmp/seeded [--connections 20] [--seconds 10]
 *   pnpm exec tsx scripts/bench/ingest-bench.ts --url http://127.0.0.1:3000/api/island/events --kind tool-completed
 *
 * The data folder must hold a seeded database (`CMS_DATA_DIR=DIR pnpm exec tsx scripts/seed/index.ts`).
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import { Worker } from 'node:worker_threads'
import { CHANNELS } from '@vsp/content-models'
import { repoRoot } from '@vsp/steps'

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(name)
  return i < 0 ? fallback : process.argv[i + 1]
}
const connections = Number(arg('--connections', '20'))
const seconds = Number(arg('--seconds', '10'))
const kind = arg('--kind', 'page-view')
const dataDir = arg('--data-dir', '')
const port = Number(arg('--port', '5390'))

async function startStatsServer(): Promise<ChildProcess> {
  const child = spawn(path.join(repoRoot, 'node_modules/.bin/tsx'), [path.join(repoRoot, 'cms/src/stats/serve.ts')], {
    env: {
      ...process.env,
      CMS_DATA_DIR: dataDir,
      STATS_PORT: String(port),
      STATS_HELPERS_LIMIT: '100000000',
      STATS_PROFESSIONALS_LIMIT: '100000000',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
    // its own process group, so that tsx's child goes too (stopServer)
    detached: true,
  })
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => String(chunk).includes('listening') && resolve())
    child.on('exit', (code) => reject(new Error(`stats server exited (${code})`)))
  })
  return child
}

const agent = new http.Agent({ keepAlive: true, maxSockets: connections })

function post(url: URL, body: string, userAgent: string): Promise<number> {
  return new Promise((resolve) => {
    const req = http.request(
      url,
      {
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), 'user-agent': userAgent },
      },
      (res) => {
        res.resume()
        res.on('end', () => resolve(res.statusCode ?? 0))
      },
    )
    req.on('error', () => resolve(0))
    req.end(body)
  })
}

/**
 * Waits for SQLite's write lock every 100 ms, as a publish's transaction would. In a worker
 * thread: node:sqlite waits synchronously, which must not stall the load generator.
 */
function lockProbe(file: string) {
  const worker = new Worker(
    `const { DatabaseSync } = require('node:sqlite'); const { parentPort, workerData } = require('node:worker_threads')
    const db = new DatabaseSync(workerData, { timeout: 5000 }); const waits = []
    const timer = setInterval(() => { const t = performance.now(); db.exec('BEGIN IMMEDIATE'); waits.push(performance.now() - t); db.exec('COMMIT') }, 100)
    parentPort.on('message', () => { clearInterval(timer); db.close(); parentPort.postMessage(waits) })`,
    { eval: true, workerData: file },
  )
  return {
    stop: () =>
      new Promise<number[]>((resolve) => {
        worker.once('message', (waits: number[]) => resolve(waits))
        worker.postMessage('stop')
      }).finally(() => worker.terminate()),
  }
}

/** CPU seconds used so far by a process group (the stats server: tsx and its node), from /proc. */
function groupCpuSeconds(pgid: number): number {
  let ticks = 0
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const fields = readFileSync(`/proc/${entry}/stat`, 'utf8').split(') ')[1].split(' ')
      if (Number(fields[2]) === pgid) ticks += Number(fields[11]) + Number(fields[12])
    } catch {}
  }
  return ticks / 100
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0

const server = arg('--url', '') ? undefined : await startStatsServer()
const url = new URL(arg('--url', `http://127.0.0.1:${port}/events`))
const probe = dataDir ? lockProbe(path.join(dataDir, 'cms.db')) : undefined
const latencies: number[] = []
const statuses = new Map<number, number>()
let sent = 0
const end = Date.now() + seconds * 1000

async function worker(id: number) {
  while (Date.now() < end) {
    const n = sent++
    const body = JSON.stringify({
      kind,
      site: n % 4 ? 'helpers' : 'professionals',
      channel: CHANNELS[n % CHANNELS.length],
      subject: kind === 'page-view' ? 'pagina' : 'zelfscan',
    })
    const start = performance.now()
    // A visitor makes a few requests; vary the user agent so that the burst marking sees people.
    const status = await post(url, body, `bench/${id}/${Math.floor(n / 5)}`)
    latencies.push(performance.now() - start)
    statuses.set(status, (statuses.get(status) ?? 0) + 1)
  }
}

const started = performance.now()
const serverCpuBefore = server?.pid ? groupCpuSeconds(server.pid) : 0
const clientCpuBefore = process.cpuUsage()
await Promise.all(Array.from({ length: connections }, (_, i) => worker(i)))
const elapsed = (performance.now() - started) / 1000
const serverCpu = server?.pid ? groupCpuSeconds(server.pid) - serverCpuBefore : 0
const clientCpu = process.cpuUsage(clientCpuBefore)
const waits = (await probe?.stop()) ?? []
if (server?.pid) process.kill(-server.pid, 'SIGTERM')
agent.destroy()

const sorted = [...latencies].sort((a, b) => a - b)
const ok = (statuses.get(204) ?? 0) + (statuses.get(201) ?? 0)
const errors = [...statuses].filter(([s]) => s !== 204 && s !== 201)
const lockSorted = [...waits].sort((a, b) => a - b)
console.log(`target ${url.href}, ${connections} connections, ${seconds} s, kind ${kind}`)
console.log(
  `events/s ${(ok / elapsed).toFixed(0)}   p50 ${percentile(sorted, 50).toFixed(1)} ms   p99 ${percentile(sorted, 99).toFixed(1)} ms   max ${sorted.at(-1)?.toFixed(1)} ms`,
)
console.log(`acknowledged ${ok}   errors ${errors.length ? errors.map(([s, n]) => `${n}×${s || 'connection'}`).join(', ') : 0}`)
const perEvent = (seconds: number) => `${((seconds / Math.max(1, ok)) * 1e6).toFixed(0)} µs`
if (server)
  console.log(
    `CPU per event: stats server ${perEvent(serverCpu)}, load generator ${perEvent((clientCpu.user + clientCpu.system) / 1e6)}; \
one free core would take ${(ok / Math.max(serverCpu, 0.001)).toFixed(0)} events/s`,
  )
if (waits.length)
  console.log(
    `write lock for a publish: ${waits.length} probes, p50 ${percentile(lockSorted, 50).toFixed(2)} ms, p99 ${percentile(lockSorted, 99).toFixed(2)} ms, max ${lockSorted.at(-1)?.toFixed(2)} ms`,
  )
