import type { Role } from '@vsp/content-models'

/** One demo account per role: the seed creates them, the start command prints these logins, the CMS tests log in with them. */
export const demoUsers: { email: string; name: string; role: Role; password: string }[] = [
  { email: 'beheerder@example.org', name: 'Demo beheerder', role: 'admin', password: 'demo-beheerder' },
  { email: 'redacteur@example.org', name: 'Demo redacteur', role: 'editor', password: 'demo-redacteur' },
  { email: 'marketeer@example.org', name: 'Demo marketeer', role: 'marketer', password: 'demo-marketeer' },
]
