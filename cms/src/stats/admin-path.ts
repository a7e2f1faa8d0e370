/** Where the admin view "Statistiek" lives, below /admin. */
export const STATS_PATH = '/statistiek'
