/**
 * The channel of a visit, in the whitepaper's seven channels, from the entry page's `utm_*`
 * parameters, click ids and referrer. The order follows GA4's default channel group (which
 * Plausible uses too), folded into seven: paid search, e-mail, social (organic and paid),
 * campaign (every other tagged link), organic search, referral, direct.
 *
 * This file runs in the sites' shared script (under 2 KB gzip with everything else), so the
 * lists are short: the engines and networks Dutch visitors use.
 */
import type { Channel } from '@vsp/content-models'

/** Names as they appear as a host label (google.nl, nl.search.yahoo.com) or a utm_source. */
const SEARCH = ['google', 'bing', 'duckduckgo', 'yahoo', 'ecosia', 'startpage', 'qwant', 'baidu', 'yandex', 'brave']
/** Social networks as host labels or utm_source values. */
const SOCIAL = [
  'facebook',
  'fb',
  'instagram',
  'linkedin',
  'lnkd',
  'twitter',
  'x',
  't',
  'tiktok',
  'youtube',
  'pinterest',
  'reddit',
  'threads',
  'bsky',
  'mastodon',
  'whatsapp',
  'snapchat',
]
const PAID = /^(.*cp.*|ppc|retargeting|paid.*)$/
const EMAIL = /e[-_]?mail|newsletter|nieuwsbrief/
const SOCIAL_MEDIUM = /^(social|social[-_ ]?(network|media)|sm)$/

export interface VisitEntry {
  /** `location.search` of the entry page */
  search: string
  /** `document.referrer` ('' when none) */
  referrer: string
  /** the site's own host: a referrer from it is no channel of its own */
  ownHost: string
}

const bare = (host: string) => host.toLowerCase().replace(/^www\./, '')

function hostOf(url: string): string {
  try {
    return bare(new URL(url).hostname)
  } catch {
    return ''
  }
}

/**
 * The labels that name the service: 'nl.search.yahoo.com' → nl, search, yahoo; 'google.co.uk' →
 * google, co. The top-level domain is dropped, so 'notx.com' is not X. A utm_source is split on
 * dots, spaces and dashes ('google-ads' → google, ads).
 */
const labelsOf = (host: string) => host.split('.').slice(0, -1)
const wordsOf = (source: string) => source.split(/[\s._-]+/)
const named = (names: string[], words: string[]) => words.some((word) => names.includes(word))

export function channelOf({ search, referrer, ownHost }: VisitEntry): Channel {
  const params = new URLSearchParams(search)
  const param = (name: string) => params.get(name)?.trim().toLowerCase() ?? ''
  const medium = param('utm_medium')
  const source = param('utm_source')
  let host = hostOf(referrer)
  if (host === bare(ownHost)) host = ''
  // Where the visitor came from: the tagged source wins over the referrer, as in GA4.
  const from = source ? wordsOf(source) : labelsOf(host)
  const isSearch = named(SEARCH, from)
  // A network by the name just before the top-level domain (l.facebook.com, t.co), so that
  // x.example.nl is no X.
  const isSocial = named(SOCIAL, source ? from : from.slice(-1))

  if (params.has('gclid') || params.has('gbraid') || params.has('wbraid') || params.has('msclkid')) return 'betaald-zoeken'
  if (isSearch && PAID.test(medium)) return 'betaald-zoeken'
  if (EMAIL.test(medium) || EMAIL.test(source)) return 'e-mail'
  if (SOCIAL_MEDIUM.test(medium) || isSocial) return 'social'
  if (medium || source || param('utm_campaign')) return isSearch && medium === 'organic' ? 'organisch-zoeken' : 'campagne'
  if (isSearch) return 'organisch-zoeken'
  return host ? 'referral' : 'direct'
}
