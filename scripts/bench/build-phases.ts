/**
 * The phases of one `astro build`, from the times its output lines came (measure-build.ts):
 * start-up and content sync, Vite bundling, page rendering, after-build hooks; with the peak
 * tree RSS in each. Our integration prints its own steps as `stappen: name 123 ms, ...`.
 */
import type { TimedLine } from './measure-build'

export interface Phase {
  name: string
  seconds: number
  peakMb: number
}

/** Each phase starts at the first line that matches its mark, after the previous phase's start. */
const MARKS: [name: string, mark: RegExp][] = [
  ['start-up + content sync', /^/],
  ['Vite bundling', /Building static entrypoints/],
  ['page rendering', /generating static routes/],
  ['after-build', /✓ Completed in|Waiting for integration/],
]

export function buildPhases(lines: readonly TimedLine[], rss: readonly { at: number; mb: number }[], total: number): Phase[] {
  const starts: { name: string; at: number }[] = [{ name: MARKS[0][0], at: 0 }]
  let from = 0
  for (const [name, mark] of MARKS.slice(1)) {
    const i = lines.findIndex((l, index) => index >= from && mark.test(l.line))
    if (i < 0) continue
    starts.push({ name, at: lines[i].at })
    from = i + 1
  }
  return starts.map(({ name, at }, i) => {
    const end = starts[i + 1]?.at ?? total
    const inside = rss.filter((s) => s.at >= at && s.at <= end)
    return { name, seconds: end - at, peakMb: Math.max(0, ...inside.map((s) => s.mb)) }
  })
}

/** The integration's own steps: `stappen: html lezen 812 ms, zoekindex 3021 ms` → [[name, seconds]]. */
export function integrationSteps(lines: readonly TimedLine[]): [string, number][] {
  const line = lines.find((l) => /stappen: /.test(l.line))?.line
  if (!line) return []
  return [...line.slice(line.indexOf('stappen: ') + 9).matchAll(/([^,]+?) (\d+) ms/g)].map((m) => [m[1].trim(), Number(m[2]) / 1000])
}
