/** Where the admin view "Nieuwsbrief" lives, below /admin. */
export const NEWSLETTER_VIEW_PATH = '/nieuwsbrief'
