import type { Payload, TaskConfig } from 'payload'
import { sweepNewsletter } from '../newsletter/retention'
import { deleteOldRawEvents, rollUpStats } from './rollup'

export const STATS_QUEUE = 'stats'

/**
 * The statistics jobs: the rollup every ten minutes (today's figures lag at most that much),
 * the retention once a night. The CMS's job runner picks them up (payload.config.ts, autoRun).
 * The nightly retention also deletes the newsletter addresses kept past their time
 * (newsletter/retention.ts); its slug stays `stats-retention`, which PostgreSQL's job enums name.
 */
/** The nightly retention: raw events past their period, and the newsletter addresses past theirs. */
export async function runRetention(payload: Payload) {
  const events = await deleteOldRawEvents(payload)
  const newsletter = await sweepNewsletter(payload)
  return { deletedBefore: events.before, newsletter }
}

export const statsTasks: TaskConfig[] = [
  {
    slug: 'stats-rollup',
    label: 'Statistiek: dagtotalen bijwerken',
    schedule: [{ cron: '0 */10 * * * *', queue: STATS_QUEUE }],
    handler: async ({ req }) => {
      const { days, rows } = await rollUpStats(req.payload)
      return { output: { days: days.length, rows } }
    },
  },
  {
    slug: 'stats-retention',
    label: 'Bewaartermijnen: oude ruwe gebeurtenissen en verlopen nieuwsbriefadressen verwijderen',
    schedule: [{ cron: '0 30 3 * * *', queue: STATS_QUEUE }],
    handler: async ({ req }) => {
      const { newsletter } = await runRetention(req.payload)
      return { output: { ...newsletter } }
    },
  },
]
