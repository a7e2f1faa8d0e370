import type { Role } from '@vsp/content-models'

type MaybeUser = { role?: Role | null; collection?: string } | null | undefined

export const hasRole = (user: MaybeUser, ...roles: Role[]): boolean =>
  Boolean(user && user.collection === 'users' && user.role && roles.includes(user.role))
