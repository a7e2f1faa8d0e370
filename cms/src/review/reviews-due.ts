import { DEFAULT_REVIEW_INTERVAL_MONTHS, reviewDay, type Review } from '@vsp/content-models'

/** One content document as the "Te controleren" list needs it. */
export interface ReviewedDocument {
  collection: string
  id: string | number
  title: string
  site?: string | null
  review?: Pick<Review, 'owner' | 'status' | 'lastChecked' | 'reviewIntervalMonths'> | null
}

export interface DueDocument extends ReviewedDocument {
  /** `overdue`: lastChecked + interval lies before today; `never`: no check recorded. */
  reason: 'overdue' | 'never'
  /** The date the next check was due (YYYY-MM-DD); null when it was never checked. */
  dueOn: string | null
}

export interface OwnerDue {
  owner: string
  documents: DueDocument[]
}

export const NO_OWNER = 'Geen eigenaar'

const day = (date: Date) => date.toISOString().slice(0, 10)

/** The calendar date `months` after `date` (YYYY-MM-DD); the 31st becomes the month's last day. */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = reviewDay(date).split('-').map(Number)
  const first = new Date(Date.UTC(y, m - 1 + months, 1))
  const lastDay = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate()
  return day(new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), Math.min(d, lastDay))))
}

/** When a document must be checked again, or null if it was never checked. */
export function nextReviewOn(review: ReviewedDocument['review']): string | null {
  if (!review?.lastChecked) return null
  return addMonths(review.lastChecked, review.reviewIntervalMonths ?? DEFAULT_REVIEW_INTERVAL_MONTHS)
}

/**
 * What is past its review date (lastChecked + interval < today) or was never checked, per
 * owner: owners alphabetically, the longest overdue first, never-checked documents last.
 */
export function reviewsDue(documents: ReviewedDocument[], today: Date): OwnerDue[] {
  const todayOn = reviewDay(today)
  const byOwner = new Map<string, DueDocument[]>()
  for (const doc of documents) {
    const dueOn = nextReviewOn(doc.review)
    if (dueOn !== null && dueOn >= todayOn) continue
    const owner = doc.review?.owner?.trim() || NO_OWNER
    const list = byOwner.get(owner) ?? []
    list.push({ ...doc, reason: dueOn === null ? 'never' : 'overdue', dueOn })
    byOwner.set(owner, list)
  }
  const order = (a: DueDocument, b: DueDocument) =>
    (a.dueOn ?? '9999') < (b.dueOn ?? '9999') ? -1 : (a.dueOn ?? '9999') > (b.dueOn ?? '9999') ? 1 : a.title.localeCompare(b.title, 'nl')
  return [...byOwner.entries()]
    .sort(([a], [b]) => (a === NO_OWNER ? 1 : b === NO_OWNER ? -1 : a.localeCompare(b, 'nl')))
    .map(([owner, docs]) => ({ owner, documents: docs.sort(order) }))
}
