/** The day the seeded facts were read against their sources (issue 9). */
export const CHECKED_ON = '2026-12-01'

/** Who keeps seeded content right: one editorial team per site, one for the referral list. */
export const OWNERS = {
  helpers: 'Redactie helpers',
  professionals: 'Redactie professionals',
  organisations: 'Redactie doorverwijzen',
} as const
