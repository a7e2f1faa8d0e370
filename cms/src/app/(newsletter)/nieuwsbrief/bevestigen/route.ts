import { tokenPageRoutes } from '../../../../newsletter/page-routes'

/** The link in the confirmation mail: GET shows the button, POST confirms. */
export const { GET, POST } = tokenPageRoutes('confirm')
