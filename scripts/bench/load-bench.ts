/**
 * Load benchmark (a script, not a test): 200 concurrent clients for 60 s against a running
 * `npm start`: half post what the sites' visitors post (page views to the stats server; one in
 * ten a tool completion to the island API, one in fifty a tip), half read pages of both sites.
 * During the load an admin publishes a change to a checklist; the script watches for it on the
 * helpers site. Prints throughput, p50/p99, errors, the CMS's and the start process's memory
 * before and after, and how long the publish took to reach the site.
 *
 *   pnpm exec tsx scripts/bench/load-bench.ts [--clients 200] [--seconds 60]
 * Addresses: CMS_URL (http://localhost:3000), STATS_URL (:3001), HELPERS_URL (:4321), PROFESSIONALS_URL (:4322).
 */
import fs from 'node:fs'
import { demoUsers } from '@vsp/test-support/demo-users'

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(name)
  return i < 0 ? fallback : Number(process.argv[i + 1])
}
const CLIENTS = arg('--clients', 200)
const SECONDS = arg('--seconds', 60)
const cms = process.env.CMS_URL ?? 'http://localhost:3000'
const statsApi = process.env.STATS_URL ?? 'http://localhost:3001'
const sites = [process.env.HELPERS_URL ?? 'http://localhost:4321', process.env.PROFESSIONALS_URL ?? 'http://localhost:4322']

/** Resident memory (MB) of the processes whose command line has all of `parts`. */
function rssOf(...parts: string[]): number {
  let kb = 0
  for (const pid of fs.readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ')
      if (!parts.every((part) => cmdline.includes(part))) continue
      kb += Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0)
    } catch {
      // the process ended
    }
  }
  return Math.round(kb / 1024)
}
// Next renames its process to "next-server (vX)"; tsx runs each entry as cli.mjs plus a node child.
const memory = () => ({
  cmsMb: rssOf('next-server'),
  statsServerMb: rssOf('cms/src/stats/serve.ts'),
  startProcessWithSitesMb: rssOf('scripts/start.ts'),
})

class Stats {
  latencies: number[] = []
  statuses: Record<string, number> = {}
  add(ms: number, status: number | 'error') {
    this.latencies.push(ms)
    this.statuses[status] = (this.statuses[status] ?? 0) + 1
  }
  summary(seconds: number) {
    const sorted = [...this.latencies].sort((a, b) => a - b)
    const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]?.toFixed(0)
    const errors = Object.entries(this.statuses)
      .filter(([status]) => status === 'error' || Number(status) >= 500)
      .reduce((n, [, count]) => n + count, 0)
    return {
      requests: sorted.length,
      perSecond: Math.round(sorted.length / seconds),
      p50ms: at(0.5),
      p99ms: at(0.99),
      errors,
      statuses: this.statuses,
    }
  }
}

async function pagesOf(site: string): Promise<string[]> {
  const html = await (await fetch(site)).text()
  const links = [...html.matchAll(/href="(\/[^"#?]*)"/g)]
    .map((match) => match[1])
    .filter((href) => !/\.(css|js|svg|png|ico|xml|json)$/.test(href))
  return [...new Set(['/', ...links])].slice(0, 40)
}

const event = { kind: 'tool-completed', site: 'helpers', channel: 'direct', subject: 'zelfscan-tijdsbesteding', outcome: 'let-op' }
const pageView = { kind: 'page-view', site: 'helpers', channel: 'e-mail', subject: 'checklist' }
const json = (body: unknown) => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })

async function timed(stats: Stats, run: () => Promise<Response>) {
  const started = performance.now()
  try {
    const response = await run()
    await response.arrayBuffer()
    stats.add(performance.now() - started, response.status)
  } catch {
    stats.add(performance.now() - started, 'error')
  }
}

/** Publishes a new title for the first helpers checklist and waits for it on the site. */
async function publishDuringLoad(deadline: number): Promise<{ checklist: string; reachedSiteAfterS: number | null }> {
  const admin = demoUsers.find((user) => user.role === 'admin')!
  const login = await fetch(`${cms}/api/users/login`, json({ email: admin.email, password: admin.password }))
  const { token } = (await login.json()) as { token: string }
  const auth = { authorization: `JWT ${token}`, 'content-type': 'application/json' }
  const list = (await (await fetch(`${cms}/api/checklists?where[site][equals]=helpers&limit=1&depth=0`, { headers: auth })).json()) as {
    docs: { id: number; slug: string; title: string }[]
  }
  const doc = list.docs[0]
  const title = `${doc.title.replace(/ \(belast \d+\)$/, '')} (belast ${Date.now() % 100000})`
  const published = Date.now()
  const patch = await fetch(`${cms}/api/checklists/${doc.id}`, {
    method: 'PATCH',
    headers: auth,
    body: JSON.stringify({ title, _status: 'published' }),
  })
  if (patch.status !== 200) throw new Error(`publish failed: ${patch.status}`)
  while (Date.now() < deadline) {
    const page = await fetch(`${sites[0]}/checklists/${doc.slug}/`)
      .then((r) => r.text())
      .catch(() => '')
    if (page.includes(title.replace(/&/g, '&amp;')))
      return { checklist: doc.slug, reachedSiteAfterS: Math.round((Date.now() - published) / 100) / 10 }
    await new Promise((resolve) => setTimeout(resolve, 1000))
  }
  return { checklist: doc.slug, reachedSiteAfterS: null }
}

const before = memory()
const pages = await Promise.all(sites.map(pagesOf))
const island = new Stats()
const stats = new Stats()
const site = new Stats()
const end = Date.now() + SECONDS * 1000
let n = 0
const clients = Array.from({ length: CLIENTS }, async (_, i) => {
  while (Date.now() < end) {
    n++
    if (i % 2 === 0) {
      const tip = n % 50 === 0
      const tool = !tip && n % 10 === 0
      await timed(tip || tool ? island : stats, () =>
        tip
          ? fetch(`${cms}/api/island/tips`, json({ title: 'Tip onder belasting', body: 'Luister en vraag wat iemand nodig heeft.' }))
          : tool
            ? fetch(`${cms}/api/island/events`, json(event))
            : fetch(`${statsApi}/events`, json(pageView)),
      )
    } else {
      const s = i % 4 === 1 ? 0 : 1
      await timed(site, () => fetch(`${sites[s]}${pages[s][n % pages[s].length]}`, { headers: { 'accept-encoding': 'br, gzip' } }))
    }
  }
})
await new Promise((resolve) => setTimeout(resolve, Math.min(15_000, (SECONDS * 1000) / 4)))
const publish = publishDuringLoad(end + 90_000)
await Promise.all(clients)
const after = memory()
console.log(
  JSON.stringify(
    {
      clients: CLIENTS,
      seconds: SECONDS,
      statsServer: stats.summary(SECONDS),
      island: island.summary(SECONDS),
      sites: site.summary(SECONDS),
      memory: { before, after },
      publish: await publish,
    },
    null,
    2,
  ),
)
