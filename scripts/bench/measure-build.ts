/**
 * Builds one site from a snapshot file the way the site tests do (packages/test-support/src/build-site.ts:
 * `astro build` with snapshotBuildEnv) and measures it: wall time, pages
 * (index.html files), and peak memory, both as the sum of RSS over the whole process tree
 * (sampled from /proc every 200 ms) and as `/usr/bin/time -v`'s maximum RSS of the largest
 * single process, when that tool is there.
 */
import { spawn } from 'node:child_process'
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { loadavg } from 'node:os'
import { readdir } from 'node:fs/promises'
import path from 'node:path'
import { snapshotBuildEnv, type SiteName } from '../lib/sites'
import { repoRoot } from '@vsp/steps'

export interface BuildMeasure {
  ok: boolean
  seconds: number
  pages: number
  peakTreeRssMb: number
  maxProcessRssMb?: number
  /** user + system CPU seconds of the whole build (all threads), from /usr/bin/time when present */
  cpuSeconds?: number
  output: string
}

function children(): Map<number, number[]> {
  const tree = new Map<number, number[]>()
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8')
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
      tree.set(ppid, [...(tree.get(ppid) ?? []), Number(name)])
    } catch {
      /* the process ended meanwhile */
    }
  }
  return tree
}

/** Sum of VmRSS (kB) of a process and all its descendants. */
export function treeRssKb(root: number): number {
  const tree = children()
  let total = 0
  const queue = [root]
  while (queue.length) {
    const pid = queue.pop()!
    try {
      const match = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))
      if (match) total += Number(match[1])
    } catch {
      /* gone */
    }
    queue.push(...(tree.get(pid) ?? []))
  }
  return total
}

export async function countPages(outDir: string): Promise<number> {
  if (!existsSync(outDir)) return 0
  const entries = await readdir(outDir, { withFileTypes: true, recursive: true })
  return entries.filter((e) => e.isFile() && e.name === 'index.html').length
}

/** A line of the build's output and when it came (seconds since the start). */
export interface TimedLine {
  at: number
  line: string
}

export interface AstroBuildMeasure extends BuildMeasure {
  lines: TimedLine[]
  /** tree RSS samples (seconds since the start, MB) */
  rss: { at: number; mb: number }[]
}

/**
 * Runs `astro build --outDir outDir` in `cwd` (any Astro project with node_modules/.bin/astro)
 * and measures it; keeps every output line with its time and the RSS samples, for phases.
 */
export async function measureAstroBuild(cwd: string, outDir: string, env: Record<string, string>, timeoutMs = 60 * 60_000) {
  const astro = path.join(cwd, 'node_modules/.bin/astro')
  const useTime = existsSync('/usr/bin/time')
  const [command, args] = useTime ? ['/usr/bin/time', ['-v', astro, 'build', '--outDir', outDir]] : [astro, ['build', '--outDir', outDir]]
  const started = performance.now()
  const since = () => (performance.now() - started) / 1000
  const child = spawn(command, args, { cwd, env: { ...process.env, ...env } })
  let output = ''
  const lines: TimedLine[] = []
  let partial = ''
  const take = (chunk: Buffer) => {
    output += chunk
    const parts = (partial + chunk).split('\n')
    partial = parts.pop() ?? ''
    for (const line of parts) lines.push({ at: since(), line })
  }
  child.stdout.on('data', take)
  child.stderr.on('data', take)
  let peak = 0
  const rss: { at: number; mb: number }[] = []
  const sampler = setInterval(() => {
    const kb = treeRssKb(child.pid!)
    peak = Math.max(peak, kb)
    rss.push({ at: since(), mb: kb / 1024 })
  }, 200)
  const timer = setTimeout(() => child.kill('SIGTERM'), timeoutMs)
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
  clearInterval(sampler)
  clearTimeout(timer)
  if (partial) lines.push({ at: since(), line: partial })
  const seconds = since()
  const maxRss = /Maximum resident set size \(kbytes\): (\d+)/.exec(output)
  const cpu = ['User', 'System'].map((kind) => new RegExp(`${kind} time \\(seconds\\): ([\\d.]+)`).exec(output)?.[1])
  const pages = await countPages(outDir)
  const measure: AstroBuildMeasure = {
    ok: code === 0 && existsSync(path.join(outDir, 'index.html')),
    seconds,
    pages,
    peakTreeRssMb: peak / 1024,
    maxProcessRssMb: maxRss ? Number(maxRss[1]) / 1024 : undefined,
    cpuSeconds: cpu.every(Boolean) ? Number(cpu[0]) + Number(cpu[1]) : undefined,
    output,
    lines,
    rss,
  }
  return measure
}

/** `root` is the repository whose site is built: this one, or another checkout (build-compare.ts). */
export async function measureBuild(
  site: SiteName,
  snapshotFile: string,
  outDir: string,
  root = repoRoot,
  timeoutMs = 60 * 60_000,
): Promise<BuildMeasure> {
  const cwd = path.join(root, 'sites', site)
  return measureAstroBuild(cwd, outDir, snapshotBuildEnv(snapshotFile, path.join(outDir, '..', 'no-media')), timeoutMs)
}

/**
 * Builds of the same site share Astro's content cache (node_modules/.astro/data-store.json):
 * a build that runs at the same time (another test run) can swap in its content. A build that
 * produced another page count than the snapshot has is therefore repeated, up to three times.
 * `load` is the 1-minute load average just before the build (other work on the machine).
 */
export async function buildChecked(
  site: SiteName,
  file: string,
  outDir: string,
  expected: number,
  log: (message: string) => void = () => {},
  root = repoRoot,
) {
  for (let attempt = 1; ; attempt++) {
    rmSync(outDir, { recursive: true, force: true })
    const load = loadavg()[0].toFixed(2)
    const m = await measureBuild(site, file, outDir, root)
    if (!m.ok || m.pages === expected || attempt === 3) return { ...m, ok: m.ok && m.pages === expected, load }
    log(`built ${m.pages} pages, not ${expected}: another build used the content cache at the same time; again`)
  }
}
