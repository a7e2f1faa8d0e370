import type { TaskConfig } from 'payload'
import { deleteOldRawEvents, rollUpStats } from './rollup'

export const STATS_QUEUE = 'stats'

/**
 * The statistics jobs: the rollup every ten minutes (today's figures lag at most that much),
 * the retention once a night. The CMS's job runner picks them up (payload.config.ts, autoRun).
 */
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
    label: 'Statistiek: oude ruwe gebeurtenissen verwijderen',
    schedule: [{ cron: '0 30 3 * * *', queue: STATS_QUEUE }],
    handler: async ({ req }) => {
      await deleteOldRawEvents(req.payload)
      return { output: {} }
    },
  },
]
