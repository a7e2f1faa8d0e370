/**
 * The channel a visit came through, for the anonymous completion event. Pure: the island reads
 * `document.referrer` and `location.search` once when it starts (before it rewrites the URL)
 * and stores nothing. A referrer from the site itself counts as direct: the original channel
 * of the visit is not remembered anywhere.
 */
import type { Channel } from '@vsp/content-models'

const SEARCH_ENGINES = ['google', 'bing', 'duckduckgo', 'yahoo', 'ecosia', 'startpage', 'qwant', 'baidu', 'yandex', 'search.brave']
const SOCIAL_HOSTS = [
  'facebook.com', 'fb.me', 'instagram.com', 'linkedin.com', 'lnkd.in', 't.co', 'twitter.com', 'x.com',
  'tiktok.com', 'youtube.com', 'pinterest.com', 'reddit.com', 'threads.net', 'bsky.app', 'mastodon.social', 'whatsapp.com',
]
const PAID_MEDIA = ['cpc', 'ppc', 'paid', 'paid-search', 'paidsearch', 'sea']
const EMAIL_MEDIA = ['email', 'e-mail', 'mail', 'newsletter', 'nieuwsbrief']

const hostIs = (host: string, domain: string) => host === domain || host.endsWith(`.${domain}`)

/** google.nl, google.co.uk, nl.search.yahoo.com, duckduckgo.com; not googleplex-fan.example. */
function isSearchEngine(host: string): boolean {
  const labels = host.split('.').slice(0, -1)
  return SEARCH_ENGINES.some((name) => (name.includes('.') ? host.includes(`${name}.`) : labels.includes(name)))
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '')
  } catch {
    return null
  }
}

/**
 * @param referrer `document.referrer` ('' when none)
 * @param search `location.search` of the landing URL
 * @param ownHost the site's own host name (`location.hostname`)
 */
export function channelFrom(referrer: string, search: string, ownHost: string): Channel {
  const params = new URLSearchParams(search)
  const medium = params.get('utm_medium')?.trim().toLowerCase() ?? ''
  if (EMAIL_MEDIA.includes(medium)) return 'e-mail'
  if (PAID_MEDIA.includes(medium)) return 'betaald-zoeken'
  if (medium === 'social') return 'social'
  if (medium || params.get('utm_source') || params.get('utm_campaign')) return 'campagne'

  const host = hostOf(referrer)
  if (!host || host === ownHost.toLowerCase().replace(/^www\./, '')) return 'direct'
  if (isSearchEngine(host)) return 'organisch-zoeken'
  if (SOCIAL_HOSTS.some((domain) => hostIs(host, domain))) return 'social'
  return 'referral'
}
