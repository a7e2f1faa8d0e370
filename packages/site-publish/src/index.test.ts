import { describe, expect, it } from 'vitest'
import * as publish from './index'

describe('@vsp/site-publish public API', () => {
  it('exports exactly these names', () => {
    expect(Object.keys(publish).sort()).toEqual(
      [
        'LinkIndex',
        'PAGE_KINDS',
        'diffSnapshots',
        'docKey',
        'filePathOf',
        'pageLinks',
        'planPublish',
        'referencedDocs',
        'referrers',
        'urlPathOf',
        'warmUpPaths',
      ].sort(),
    )
  })
})
