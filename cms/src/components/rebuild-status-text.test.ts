import { describe, expect, it } from 'vitest'
import { describeStatus } from './rebuild-status-text'

describe('describeStatus', () => {
  const finishedAt = '2026-11-28T14:05:00.000Z'
  it('says nothing where publishing does not rebuild, or before the first rebuild', () => {
    expect(describeStatus({ enabled: false, waiting: ['helpers'], running: [] })).toBeNull()
    expect(describeStatus({ enabled: true, waiting: [], running: [] })).toBeNull()
  })

  it('names the sites that wait or are being built, running first', () => {
    expect(describeStatus({ enabled: true, waiting: ['helpers'], running: [] })).toBe('De site voor helpers wordt zo bijgewerkt.')
    expect(describeStatus({ enabled: true, waiting: ['helpers'], running: ['helpers', 'professionals'] })).toBe(
      'De sites voor helpers en professionals worden bijgewerkt…',
    )
  })

  it('tells when the sites were brought up to date, or that the last rebuild failed and the old site stays', () => {
    expect(describeStatus({ enabled: true, waiting: [], running: [], last: { sites: ['helpers'], ok: true, finishedAt } })).toMatch(
      /^Sites bijgewerkt om \d\d:\d\d\.$/,
    )
    expect(describeStatus({ enabled: true, waiting: [], running: [], last: { sites: ['professionals'], ok: false, finishedAt } })).toMatch(
      /^Bijwerken van de site voor professionals is mislukt om \d\d:\d\d\. De vorige versie blijft online/,
    )
  })

  it('says when a failed rebuild is tried again, and that it failed once the tries are over', () => {
    const last = { sites: ['helpers' as const], ok: false, finishedAt }
    const retry = { at: '2026-11-28T14:05:08.000Z', attempt: 2, of: 4 }
    expect(describeStatus({ enabled: true, waiting: ['helpers'], running: [], last, retry })).toMatch(
      /^Bijwerken van de site voor helpers is mislukt, nieuwe poging om \d\d:\d\d:08\.$/,
    )
    expect(describeStatus({ enabled: true, waiting: [], running: [], last })).toMatch(
      /^Bijwerken van de site voor helpers is mislukt om \d\d:\d\d\. /,
    )
    expect(describeStatus({ enabled: true, waiting: ['helpers'], running: ['helpers'], last, retry: undefined })).toBe(
      'De site voor helpers wordt bijgewerkt…',
    )
  })
})
