/**
 * The review record the seed gives each document: the checked facts and their sources where
 * issue 9 checked them, otherwise an owner and "Niet gecontroleerd", so that editors see in the
 * CMS what nobody has checked yet.
 */
import type { Site } from '@vsp/content-models'
import type { SeedReview } from '../types'
import { organisationReview } from './organisations'
import { OWNERS } from './owners'
import { pageReview } from './pages'

export { CHECKED_ON, OWNERS } from './owners'
export { FACTS } from './facts'
export { organisationReviews } from './organisations'
export { checkedPages } from './pages'

type Reviewed = { slug: string; site: Site }

const ownerFor = (site: Reviewed['site']) => (site === 'professionals' ? OWNERS.professionals : OWNERS.helpers)

export function reviewFor(collection: string, doc: Reviewed): SeedReview {
  if (collection === 'organisations') {
    const record = organisationReview(doc.slug)
    if (record) return record
  }
  const checked = pageReview(collection, doc.site, doc.slug)
  return { owner: ownerFor(doc.site), reviewIntervalMonths: 12, ...(checked ?? { status: 'unverified' }) }
}
