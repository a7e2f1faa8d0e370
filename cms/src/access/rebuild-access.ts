import { hasRole } from './roles'

type MaybeUser = Parameters<typeof hasRole>[0]

/**
 * Who may ask for the sites to be rebuilt by hand ("Opnieuw bijwerken"): those who publish.
 * Marketers see the status line but do not rebuild. The endpoint checks this on the server;
 * the admin only hides the button from others.
 */
export const mayRequestRebuild = (user: MaybeUser): boolean => hasRole(user, 'admin', 'editor')
