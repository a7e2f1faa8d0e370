import type { Access } from 'payload'
import { hasRole } from './roles'

type MaybeUser = Parameters<typeof hasRole>[0]

/** Who may see the subscribers and export them: marketers and admins; editors do not. */
export const mayReadSubscribers = (user: MaybeUser): boolean => hasRole(user, 'admin', 'marketer')

/** Who may erase a person by their address: admins only. */
export const mayErase = (user: MaybeUser): boolean => hasRole(user, 'admin')

export const subscriberReaders: Access = ({ req: { user } }) => mayReadSubscribers(user)

/** The newsletter collections are written by the server only (cms/src/newsletter), never over REST. */
export const nobody: Access = () => false
