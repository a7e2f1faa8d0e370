/**
 * A deterministic stream of visits for tests and the benchmark: so many visitors per channel,
 * each with one to three page views and, for every `servicesEvery`-th visit, one service.
 */
import { CHANNELS, type Channel, type ServiceEventKind, type SiteName } from '@vsp/content-models'

/**
 * The whitepaper's shares of visits on the professionals platform (4.2), in whole percents as it
 * prints them. They add up to 101: each was rounded.
 */
export const WHITEPAPER_PERCENTS: Record<Channel, number> = {
  campagne: 52,
  'organisch-zoeken': 21,
  direct: 14,
  social: 3,
  referral: 4,
  'e-mail': 6,
  'betaald-zoeken': 1,
}

export interface SyntheticVisit {
  /** stands for the request's user agent and IP address */
  visitor: string
  site: SiteName
  channel: Channel
  pageViews: number
  services: { kind: ServiceEventKind; subject: string }[]
}

/** `total` split in proportion to `weights` (need not add up to 1), the parts adding up to `total`. */
export function splitByShares(total: number, weights: Record<Channel, number>): Record<Channel, number> {
  const sum = CHANNELS.reduce((n, channel) => n + weights[channel], 0)
  const exact = CHANNELS.map((channel) => ({ channel, value: (total * weights[channel]) / sum }))
  const counts = Object.fromEntries(exact.map(({ channel, value }) => [channel, Math.floor(value)])) as Record<Channel, number>
  let left = total - Object.values(counts).reduce((a, b) => a + b, 0)
  for (const { channel } of [...exact].sort((a, b) => (b.value % 1) - (a.value % 1))) {
    if (left-- <= 0) break
    counts[channel]++
  }
  return counts
}

export function syntheticVisits(options: { site: SiteName; counts: Record<Channel, number>; servicesEvery: number }): SyntheticVisit[] {
  const { counts } = options
  const visits: SyntheticVisit[] = []
  for (const channel of CHANNELS) {
    for (let i = 0; i < counts[channel]; i++) {
      const n = visits.length
      visits.push({
        visitor: `${options.site}-${n}`,
        site: options.site,
        channel,
        pageViews: 1 + (n % 3),
        services: n % options.servicesEvery === 0 ? [{ kind: 'tool-completed', subject: `tool-${n % 2}` }] : [],
      })
    }
  }
  return visits
}
