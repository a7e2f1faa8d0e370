/** Where the admin view "Te controleren" lives, below /admin. */
export const REVIEWS_DUE_PATH = '/te-controleren'
