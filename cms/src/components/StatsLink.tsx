import { STATS_PATH } from '../stats/admin-path'

/** The link to "Statistiek" under the collections in the admin's navigation. */
export function StatsLink() {
  return (
    <a href={`/admin${STATS_PATH}`} style={{ display: 'block', marginBlock: '1rem' }}>
      Statistiek
    </a>
  )
}
