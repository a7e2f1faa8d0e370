import { CHANNELS } from '@vsp/content-models'
import { describe, expect, it } from 'vitest'
import { channelFrom } from './channel'

const OWN = 'voordehelpers.nl'

describe('channelFrom', () => {
  it.each([
    ['', '', 'direct'],
    ['https://voordehelpers.nl/checklists/', '', 'direct'],
    ['https://www.voordehelpers.nl/', '', 'direct'],
    ['https://www.google.nl/', '', 'organisch-zoeken'],
    ['https://www.bing.com/search?q=x', '', 'organisch-zoeken'],
    ['https://duckduckgo.com/', '', 'organisch-zoeken'],
    ['https://nl.search.yahoo.com/', '', 'organisch-zoeken'],
    ['https://www.ecosia.org/', '', 'organisch-zoeken'],
    ['https://l.facebook.com/l.php', '', 'social'],
    ['https://www.linkedin.com/feed/', '', 'social'],
    ['https://t.co/abc', '', 'social'],
    ['https://www.slachtofferhulp.nl/', '', 'referral'],
    ['https://googleplex-fan.example/', '', 'referral'],
    ['https://notx.com/', '', 'referral'],
    ['', '?utm_medium=email&utm_source=nieuwsbrief', 'e-mail'],
    ['https://www.google.nl/', '?utm_medium=cpc&utm_source=google', 'betaald-zoeken'],
    ['', '?utm_medium=campaign', 'campagne'],
    ['https://www.facebook.com/', '?utm_source=poster', 'campagne'],
    ['', '?utm_campaign=week-tegen-geweld', 'campagne'],
    ['', '?utm_medium=social&utm_source=instagram', 'social'],
    ['not a url', '', 'direct'],
  ] as const)('referrer %j with %j is %s', (referrer, search, expected) => {
    expect(channelFrom(referrer, search, OWN)).toBe(expected)
  })

  it('only ever answers a channel the event schema accepts', () => {
    for (const referrer of ['', 'https://a.example/', 'https://google.com/', 'https://x.com/']) {
      expect(CHANNELS).toContain(channelFrom(referrer, '', OWN))
    }
  })
})
