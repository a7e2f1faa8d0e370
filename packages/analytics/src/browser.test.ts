import { describe, expect, it } from 'vitest'
import { CHANNEL_KEY, forgetChannel, mayCount, visitChannel } from './browser'

function memoryStorage() {
  const data = new Map<string, string>()
  return {
    data,
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    removeItem: (k: string) => void data.delete(k),
  }
}

describe('mayCount', () => {
  it.each([
    [{}, true],
    [{ doNotTrack: '0' }, true],
    [{ doNotTrack: 'unspecified' }, true],
    [{ doNotTrack: '1' }, false],
    [{ doNotTrack: 'yes' }, false],
    [{ globalPrivacyControl: true }, false],
    [{ globalPrivacyControl: false, doNotTrack: null }, true],
  ])('%j → %s', (nav, expected) => expect(mayCount(nav)).toBe(expected))
})

describe('visitChannel', () => {
  it('keeps the entry page channel for the tab, the channel only', () => {
    const storage = memoryStorage()
    expect(visitChannel(storage, { referrer: 'https://www.google.nl/', search: '', ownHost: 'a.nl' })).toBe('organisch-zoeken')
    // the next page of the visit comes from the site itself, and keeps the entry's channel
    expect(visitChannel(storage, { referrer: 'https://a.nl/', search: '', ownHost: 'a.nl' })).toBe('organisch-zoeken')
    expect([...storage.data]).toEqual([[CHANNEL_KEY, 'organisch-zoeken']])
    forgetChannel(storage)
    expect(storage.data.size).toBe(0)
    expect(visitChannel(storage, { referrer: 'https://a.nl/', search: '', ownHost: 'a.nl' })).toBe('direct')
  })

  it('works when storage throws or is missing', () => {
    const broken = {
      getItem: () => {
        throw new Error('denied')
      },
      setItem: () => {
        throw new Error('denied')
      },
      removeItem: () => {
        throw new Error('denied')
      },
    }
    expect(visitChannel(broken, { referrer: '', search: '?utm_medium=email', ownHost: 'a.nl' })).toBe('e-mail')
    expect(visitChannel(undefined, { referrer: '', search: '', ownHost: 'a.nl' })).toBe('direct')
    expect(() => forgetChannel(broken)).not.toThrow()
  })
})
