import { CHANNELS } from '@vsp/content-models'
import { describe, expect, it } from 'vitest'
import { channelOf } from './channel'

const OWN = 'voordehelpers.nl'

// (referrer, entry URL's query) → channel. GA4's default channel group folded into seven.
const CASES = [
  // direct: no referrer, or the site itself
  ['', '', 'direct'],
  ['https://voordehelpers.nl/checklists/', '', 'direct'],
  ['https://www.voordehelpers.nl/', '', 'direct'],
  ['not a url', '', 'direct'],
  // organic search
  ['https://www.google.nl/', '', 'organisch-zoeken'],
  ['https://www.google.co.uk/search?q=x', '', 'organisch-zoeken'],
  ['https://www.bing.com/search?q=x', '', 'organisch-zoeken'],
  ['https://duckduckgo.com/', '', 'organisch-zoeken'],
  ['https://nl.search.yahoo.com/', '', 'organisch-zoeken'],
  ['https://www.ecosia.org/', '', 'organisch-zoeken'],
  ['https://search.brave.com/', '', 'organisch-zoeken'],
  ['https://www.startpage.com/', '', 'organisch-zoeken'],
  ['', '?utm_source=google&utm_medium=organic', 'organisch-zoeken'],
  // paid search: a click id, or a search engine with a paid medium
  ['https://www.google.nl/', '?gclid=abc123', 'betaald-zoeken'],
  ['', '?msclkid=abc', 'betaald-zoeken'],
  ['', '?gbraid=abc', 'betaald-zoeken'],
  ['https://www.google.nl/', '?utm_medium=cpc&utm_source=google', 'betaald-zoeken'],
  ['', '?utm_medium=ppc&utm_source=bing', 'betaald-zoeken'],
  ['', '?utm_medium=paidsearch&utm_source=google-ads', 'betaald-zoeken'],
  ['https://www.bing.com/', '?utm_medium=paid&utm_campaign=zomer', 'betaald-zoeken'],
  // e-mail: medium or source with e-mail, email or newsletter
  ['', '?utm_medium=email&utm_source=nieuwsbrief', 'e-mail'],
  ['', '?utm_medium=e-mail', 'e-mail'],
  ['', '?utm_source=newsletter&utm_campaign=december', 'e-mail'],
  ['https://mail.google.com/', '?utm_source=Email_december', 'e-mail'],
  // social: a known network, organic or paid, or a social medium
  ['https://l.facebook.com/l.php', '', 'social'],
  ['https://m.facebook.com/', '', 'social'],
  ['https://www.linkedin.com/feed/', '', 'social'],
  ['https://t.co/abc', '', 'social'],
  ['https://x.com/', '', 'social'],
  ['https://www.instagram.com/', '', 'social'],
  ['https://www.youtube.com/watch?v=1', '', 'social'],
  ['', '?utm_medium=social&utm_source=instagram', 'social'],
  ['', '?utm_source=facebook&utm_medium=cpc', 'social'],
  ['', '?utm_medium=social-media&utm_campaign=week-tegen-geweld', 'social'],
  // campaign: every other tagged link
  ['', '?utm_campaign=week-tegen-geweld', 'campagne'],
  ['', '?utm_medium=campaign', 'campagne'],
  ['https://www.slachtofferhulp.nl/', '?utm_source=poster', 'campagne'],
  ['', '?utm_source=radio&utm_medium=audio&utm_campaign=herfst', 'campagne'],
  ['', '?utm_medium=display&utm_source=nu-nl', 'campagne'],
  // referral: any other referrer
  ['https://www.slachtofferhulp.nl/', '', 'referral'],
  ['https://googleplex-fan.example/', '', 'referral'],
  ['https://notx.com/', '', 'referral'],
  ['https://x.example.nl/', '', 'referral'],
  ['https://www.rijksoverheid.nl/onderwerpen/', '?ref=menu', 'referral'],
] as const

describe('channelOf', () => {
  it('has at least 30 cases and covers all seven channels', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(30)
    expect(new Set(CASES.map((c) => c[2]))).toEqual(new Set(CHANNELS))
  })

  it.each(CASES)('referrer %j with %j is %s', (referrer, search, expected) => {
    expect(channelOf({ referrer, search, ownHost: OWN })).toBe(expected)
  })
})
