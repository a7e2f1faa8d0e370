import { cmsUrl } from '../lib/paths'

/** Where the pages live in the CMS app (cms/src/app/(newsletter)). */
export const CONFIRM_PATH = '/nieuwsbrief/bevestigen'
export const UNSUBSCRIBE_PATH = '/nieuwsbrief/afmelden'

/** Absolute links for a mail, on CMS_URL (https in production, as RFC 8058 asks). */
export const pageLink = (path: string, token: string): string => `${cmsUrl()}${path}?token=${encodeURIComponent(token)}`
