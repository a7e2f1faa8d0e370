/** The report as CSV for spreadsheets (csv-stringify quotes what needs quoting). */
import { stringify } from 'csv-stringify/sync'
import type { Report, YearFigures } from './report'

const percent = (value: number) => (value * 100).toFixed(1)

/** Two tables in one file, each with its own heading row, separated by an empty line. */
export function reportCsv(report: Report): string {
  const channels = stringify([
    ['kanaal', 'bezoekers (uniek per dag)', 'diensten', 'conversie %', 'aandeel bezoeken %', 'aandeel diensten %'],
    ...report.channels.map((c) => [
      c.channel,
      c.visitors,
      c.services,
      percent(c.conversion),
      percent(c.shareOfVisits),
      percent(c.shareOfServices),
    ]),
    ['totaal', report.totals.visitors, report.totals.services, percent(report.totals.conversion), '100.0', '100.0'],
  ])
  const services = stringify([['soort', 'onderwerp', 'aantal'], ...report.services.map((s) => [s.kind, s.subject, s.count])])
  return `${channels}\n${services}`
}

export function yearsCsv(years: YearFigures[]): string {
  return stringify([
    ['jaar', 'platform', 'bezoekers (uniek per dag)', 'diensten', 'conversie %'],
    ...years.map((y) => [y.year, y.site, y.visitors, y.services, percent(y.conversion)]),
  ])
}
