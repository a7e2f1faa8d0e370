import { z } from 'zod'

/**
 * The review record every content document carries (issue 9): who keeps it right, which public
 * sources support what it says, when it was last checked and how often it must be checked again.
 * Staff see all of it; visitors (and the snapshot) see only the status and the dates, because
 * owners and notes are internal.
 */
export const REVIEW_STATUSES = ['verified', 'partly', 'unverified'] as const
export type ReviewStatus = (typeof REVIEW_STATUSES)[number]
export const REVIEW_STATUS_LABELS: Record<ReviewStatus, string> = {
  verified: 'Gecontroleerd',
  partly: 'Deels gecontroleerd (zie de bronnen)',
  unverified: 'Niet gecontroleerd',
}

/** How long a check holds when an editor sets no interval. */
export const DEFAULT_REVIEW_INTERVAL_MONTHS = 12

/** A calendar date as Payload stores it (`2026-12-01T00:00:00.000Z`) or as the seed writes it. */
export const reviewDate = z.string().regex(/^\d{4}-\d{2}-\d{2}(T[\d:.]+Z?)?$/, 'een datum als 2026-12-01')

export const reviewSource = z.object({
  id: z.string().nullish(),
  url: z.url(),
  /** What this source supports, e.g. "Telefoonnummer 0900-8020 en € 0,25 per minuut". */
  supports: z.string().min(1),
  /** Checked against this source on `lastChecked`; false: named but not (yet) confirmed. */
  verified: z.boolean().nullish(),
})
export type ReviewSource = z.infer<typeof reviewSource>

export const review = z.object({
  owner: z.string().nullish(),
  status: z.enum(REVIEW_STATUSES).nullish(),
  lastChecked: reviewDate.nullish(),
  reviewIntervalMonths: z.number().int().positive().nullish(),
  sources: z.array(reviewSource).nullish(),
  note: z.string().nullish(),
})
export type Review = z.infer<typeof review>

/** Spread into every content model that editors keep right (not tips, media or users). */
export const reviewed = { review: review.nullish() }

/** Review dates are calendar days in the Netherlands, whatever time of day the picker stored. */
const REVIEW_TIME_ZONE = 'Europe/Amsterdam'

const toDate = (value: string | Date) => (typeof value === 'string' ? new Date(value) : value)

// One formatter each, made once: building an Intl.DateTimeFormat costs about 0.3 ms, which a
// 10,000-page build paid on every page (the print header's date).
const DAY_PARTS = new Intl.DateTimeFormat('en-GB', { timeZone: REVIEW_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' })
const DUTCH_DATE = new Intl.DateTimeFormat('nl-NL', { timeZone: REVIEW_TIME_ZONE, day: 'numeric', month: 'long', year: 'numeric' })

/** The calendar day (YYYY-MM-DD) in the Netherlands of a stored date or a moment. */
export function reviewDay(value: string | Date): string {
  const parts = DAY_PARTS.formatToParts(toDate(value))
  const part = (type: string) => parts.find((p) => p.type === type)!.value
  return `${part('year')}-${part('month')}-${part('day')}`
}

/** A date as Dutch readers write it: "1 december 2026". */
export function formatDutchDate(value: string | Date): string {
  return DUTCH_DATE.format(toDate(value))
}
