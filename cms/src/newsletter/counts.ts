import { NEWSLETTER_STATUSES, SITE_NAMES, type NewsletterStatus, type SiteName } from '@vsp/content-models'

export type StatusCounts = Record<NewsletterStatus, number>

export interface NewsletterCounts {
  audiences: { audience: SiteName; counts: StatusCounts }[]
  /** per landing page (or site path) the form was on, per audience; '' when the form sent none */
  pages: { audience: SiteName; page: string; counts: StatusCounts }[]
}

export type SubscriptionRow = { audience: SiteName; status: NewsletterStatus; page?: string | null }

const zero = (): StatusCounts => Object.fromEntries(NEWSLETTER_STATUSES.map((s) => [s, 0])) as StatusCounts

/** Pending, confirmed and unsubscribed, per audience and per page: what the admin view shows. */
export function countSubscriptions(rows: SubscriptionRow[]): NewsletterCounts {
  const audiences = new Map(SITE_NAMES.map((audience) => [audience, zero()]))
  const pages = new Map<string, { audience: SiteName; page: string; counts: StatusCounts }>()
  for (const row of rows) {
    const forAudience = audiences.get(row.audience)
    if (!forAudience) continue
    forAudience[row.status]++
    const page = row.page ?? ''
    const key = `${row.audience}\u0000${page}`
    if (!pages.has(key)) pages.set(key, { audience: row.audience, page, counts: zero() })
    pages.get(key)!.counts[row.status]++
  }
  return {
    audiences: [...audiences].map(([audience, counts]) => ({ audience, counts })),
    pages: [...pages.values()].sort((a, b) => a.audience.localeCompare(b.audience) || a.page.localeCompare(b.page)),
  }
}
