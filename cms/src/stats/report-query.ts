import { z } from 'zod'
import { SITE_NAMES } from '@vsp/content-models'

const date = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'gebruik JJJJ-MM-DD')
  .refine((value) => !Number.isNaN(Date.parse(value)), 'geen bestaande datum')

/** The report's query string: site, and the first and last day of the period (inclusive). */
export const reportQuery = z
  .object({ site: z.enum(SITE_NAMES), from: date, to: date, format: z.enum(['json', 'csv']).default('json') })
  .refine((q) => q.from <= q.to, { message: '"from" ligt na "to"', path: ['from'] })

/** Who may see the figures: marketers and admins (the "for marketers and admins"). */
export const STATS_ROLES = ['admin', 'marketer'] as const
