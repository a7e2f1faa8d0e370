import { formatDutchDate, reviewDay, type Review } from '@vsp/content-models'

export const LAST_CHECKED_LABEL = 'Laatst gecontroleerd op'

export interface LastChecked {
  /** "1 december 2026" */
  date: string
  /** For `<time datetime>`: the calendar day, 2026-12-01. */
  datetime: string
}

/**
 * What a page says about its last check, or null when it should say nothing: never checked, or
 * marked "Niet gecontroleerd" (then the date would present unchecked facts as checked).
 */
export function lastChecked(review: Pick<Review, 'status' | 'lastChecked'> | null | undefined): LastChecked | null {
  if (!review?.lastChecked || !review.status || review.status === 'unverified') return null
  return { date: formatDutchDate(review.lastChecked), datetime: reviewDay(review.lastChecked) }
}
