import { tokenPageRoutes } from '../../../../newsletter/page-routes'

/** The unsubscribe link of every mail and its RFC 8058 one-click POST. */
export const { GET, POST } = tokenPageRoutes('unsubscribe')
