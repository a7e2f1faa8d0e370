import { REVIEWS_DUE_PATH } from '../review/admin-path'

/** The link to "Te controleren" under the collections in the admin's navigation. */
export function ReviewsDueLink() {
  return (
    <a href={`/admin${REVIEWS_DUE_PATH}`} style={{ display: 'block', marginBlock: '1rem' }}>
      Te controleren
    </a>
  )
}
