import { describe, expect, it } from 'vitest'
import { buildPhases, integrationSteps } from './build-phases'

const lines = [
  { at: 1, line: '[content] Syncing content' },
  { at: 3, line: '[build] Building static entrypoints...' },
  { at: 9, line: ' generating static routes ' },
  { at: 20, line: '14:58:53 ✓ Completed in 11s.' },
  { at: 20.1, line: '[build] Waiting for integration "vsp-site", hook "astro:build:done"...' },
  { at: 25, line: '[vsp-site] stappen: html lezen 812 ms, zoekindex 3021 ms, comprimeren 900 ms' },
]
const rss = [0.5, 2, 5, 12, 21, 24].map((at, i) => ({ at, mb: [100, 300, 900, 700, 1200, 400][i] }))

describe('build phases', () => {
  it('splits the build at the marks of its output, with the peak RSS inside each', () => {
    expect(buildPhases(lines, rss, 26)).toEqual([
      { name: 'start-up + content sync', seconds: 3, peakMb: 300 },
      { name: 'Vite bundling', seconds: 6, peakMb: 900 },
      { name: 'page rendering', seconds: 11, peakMb: 700 },
      { name: 'after-build', seconds: 6, peakMb: 1200 },
    ])
  })

  it('leaves out a phase whose mark never came (a failed build)', () => {
    expect(buildPhases(lines.slice(0, 2), rss, 4).map((p) => p.name)).toEqual(['start-up + content sync', 'Vite bundling'])
  })

  it('reads the integration steps', () => {
    expect(integrationSteps(lines)).toEqual([
      ['html lezen', 0.812],
      ['zoekindex', 3.021],
      ['comprimeren', 0.9],
    ])
    expect(integrationSteps(lines.slice(0, 3))).toEqual([])
  })
})
