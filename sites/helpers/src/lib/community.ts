/**
 * The Online Lotgenoten Community: an external platform of Slachtofferhulp Nederland where
 * helpers and victims meet peers. The whitepaper ("De weg van innovatie", June 2022, p. 14-15)
 * places it in the pillar "Hoe doen anderen het?": "contact met andere lotgenoten op de Online
 * Lotgenoten Community".
 *
 * UNVERIFIED: the community's own address was not found in the stored public pages (searched
 * December 2026). Until the organisation confirms it, `verified` is false and the pillar page
 * links to Slachtofferhulp Nederland's home page and says the community is found from there.
 */
export const LOTGENOTEN_COMMUNITY = {
  name: 'Online Lotgenoten Community',
  href: 'https://www.slachtofferhulp.nl/',
  verified: false,
} as const
