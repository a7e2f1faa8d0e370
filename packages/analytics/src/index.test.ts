import { describe, expect, it } from 'vitest'
import * as analytics from './index'

describe('@vsp/analytics public API', () => {
  it('exports exactly these', () => {
    expect(Object.keys(analytics).sort()).toEqual([
      'CHANNEL_KEY',
      'SALT_MAX_AGE_MS',
      'WHITEPAPER_PERCENTS',
      'buildReport',
      'channelOf',
      'createVisitorCounter',
      'dayOf',
      'forgetChannel',
      'inPeriod',
      'mayCount',
      'perYear',
      'reportCsv',
      'rollUp',
      'splitByShares',
      'syntheticVisits',
      'visitChannel',
      'yearsCsv',
    ])
  })
})
