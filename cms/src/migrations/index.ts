import * as migration_20261201_114147_initial from './20261201_114147_initial'
import * as migration_20261201_131415_landing_newsletter_stats_hardening from './20261201_131415_landing_newsletter_stats_hardening'
import * as migration_20261201_175642_rebuild_leases from './20261201_175642_rebuild_leases'

export const migrations = [
  {
    up: migration_20261201_114147_initial.up,
    down: migration_20261201_114147_initial.down,
    name: '20261201_114147_initial',
  },
  {
    up: migration_20261201_131415_landing_newsletter_stats_hardening.up,
    down: migration_20261201_131415_landing_newsletter_stats_hardening.down,
    name: '20261201_131415_landing_newsletter_stats_hardening',
  },
  {
    up: migration_20261201_175642_rebuild_leases.up,
    down: migration_20261201_175642_rebuild_leases.down,
    name: '20261201_175642_rebuild_leases',
  },
]
