/**
 * The figures the organisation steers on (whitepaper 4.1 and 4.2), from the daily aggregates:
 * reach (visitors, unique per day: summed over a period they count visits per day, not people),
 * services, and conversion = services / reach, per channel; services per kind and subject.
 */
import { CHANNELS, PAGE_VIEW, SITE_NAMES, type Channel, type ServiceEventKind, type SiteName } from '@vsp/content-models'
import type { DailyAggregate } from './rollup'

export interface ChannelFigures {
  channel: Channel
  visitors: number
  services: number
  /** services / visitors, 0 without visitors */
  conversion: number
  /** of all visitors (visits per day) in the period */
  shareOfVisits: number
  shareOfServices: number
}

export interface ServiceFigures {
  kind: ServiceEventKind
  subject: string
  count: number
}

export interface Report {
  site: SiteName
  from: string
  to: string
  /** the visitors' unit, said out loud: unique per day, so a sum over days counts visits */
  visitorsAre: 'uniek per dag'
  totals: { visitors: number; pageViews: number; services: number; conversion: number; bursts: number }
  channels: ChannelFigures[]
  services: ServiceFigures[]
}

export interface ReportQuery {
  site: SiteName
  /** first and last day, inclusive (YYYY-MM-DD) */
  from: string
  to: string
}

const ratio = (part: number, whole: number) => (whole ? Math.round((part / whole) * 10_000) / 10_000 : 0)

export const inPeriod = (row: DailyAggregate, { site, from, to }: ReportQuery) => row.site === site && row.day >= from && row.day <= to

export function buildReport(aggregates: Iterable<DailyAggregate>, query: ReportQuery): Report {
  const perChannel = new Map(CHANNELS.map((channel) => [channel, { visitors: 0, services: 0 }]))
  const perService = new Map<string, ServiceFigures>()
  let pageViews = 0
  let bursts = 0
  for (const row of aggregates) {
    if (!inPeriod(row, query)) continue
    bursts += row.bursts
    const figures = perChannel.get(row.channel)!
    if (row.kind === PAGE_VIEW) {
      figures.visitors += row.visitors
      pageViews += row.count
      continue
    }
    figures.services += row.count
    const key = `${row.kind}\u0000${row.subject}`
    const service = perService.get(key) ?? { kind: row.kind, subject: row.subject, count: 0 }
    service.count += row.count
    perService.set(key, service)
  }
  const visitors = sum([...perChannel.values()].map((c) => c.visitors))
  const services = sum([...perChannel.values()].map((c) => c.services))
  return {
    ...query,
    visitorsAre: 'uniek per dag',
    totals: { visitors, pageViews, services, conversion: ratio(services, visitors), bursts },
    channels: CHANNELS.map((channel) => {
      const c = perChannel.get(channel)!
      return {
        channel,
        ...c,
        conversion: ratio(c.services, c.visitors),
        shareOfVisits: ratio(c.visitors, visitors),
        shareOfServices: ratio(c.services, services),
      }
    }),
    services: [...perService.values()].sort(
      (a, b) => b.count - a.count || a.kind.localeCompare(b.kind) || a.subject.localeCompare(b.subject),
    ),
  }
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0)

export interface YearFigures {
  year: string
  site: SiteName
  visitors: number
  services: number
  conversion: number
}

/** The whitepaper's "Geleverde diensten" table: reach and services per platform per year. */
export function perYear(aggregates: Iterable<DailyAggregate>): YearFigures[] {
  const rows = new Map<string, YearFigures>()
  for (const row of aggregates) {
    const year = row.day.slice(0, 4)
    const key = `${year} ${row.site}`
    const figures = rows.get(key) ?? { year, site: row.site, visitors: 0, services: 0, conversion: 0 }
    if (row.kind === PAGE_VIEW) figures.visitors += row.visitors
    else figures.services += row.count
    rows.set(key, figures)
  }
  const order = (f: YearFigures) => `${f.year} ${SITE_NAMES.indexOf(f.site)}`
  return [...rows.values()]
    .map((f) => ({ ...f, conversion: ratio(f.services, f.visitors) }))
    .sort((a, b) => order(a).localeCompare(order(b)))
}
