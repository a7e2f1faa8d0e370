export { channelOf, type VisitEntry } from './channel'
export { createVisitorCounter, dayOf, SALT_MAX_AGE_MS, type Sighting, type VisitorCounter, type VisitorOptions } from './visitors'
export { rollUp, type DailyAggregate, type RawEvent } from './rollup'
export {
  buildReport,
  inPeriod,
  perYear,
  type ChannelFigures,
  type Report,
  type ReportQuery,
  type ServiceFigures,
  type YearFigures,
} from './report'
export { reportCsv, yearsCsv } from './csv'
export { CHANNEL_KEY, forgetChannel, mayCount, visitChannel } from './browser'
export { splitByShares, syntheticVisits, WHITEPAPER_PERCENTS, type SyntheticVisit } from './synthetic'
