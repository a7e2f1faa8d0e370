/**
 * Raw events rolled up into daily aggregates: one row per day, site, channel, kind and subject,
 * with the events counted, the new visitors among the page views, and the bursts apart.
 */
import type { Channel, SiteName, StatEventKind } from '@vsp/content-models'

export interface RawEvent {
  day: string
  site: SiteName
  channel: Channel
  kind: StatEventKind
  subject: string
  newVisitor?: boolean | null
  burst?: boolean | null
}

export interface DailyAggregate {
  day: string
  site: SiteName
  channel: Channel
  kind: StatEventKind
  subject: string
  /** events that count (bursts not included) */
  count: number
  /** page views only: visitors whose first page view that day came through this channel */
  visitors: number
  /** events marked as too fast to be people, kept apart */
  bursts: number
}

export function rollUp(events: Iterable<RawEvent>): DailyAggregate[] {
  const rows = new Map<string, DailyAggregate>()
  for (const event of events) {
    const key = [event.day, event.site, event.channel, event.kind, event.subject].join('\u0000')
    let row = rows.get(key)
    if (!row) {
      const { day, site, channel, kind, subject } = event
      rows.set(key, (row = { day, site, channel, kind, subject, count: 0, visitors: 0, bursts: 0 }))
    }
    if (event.burst) row.bursts++
    else {
      row.count++
      if (event.newVisitor) row.visitors++
    }
  }
  return [...rows.values()].sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0))
}
