import { inject } from 'vitest'
import { demoUsers } from '@vsp/test-support/demo-users'

export type Role = 'admin' | 'editor' | 'marketer'
export type Who = Role | 'anonymous'

const tokens = new Map<Role, string>()

export async function login(role: Role): Promise<string> {
  const cached = tokens.get(role)
  if (cached) return cached
  const user = demoUsers.find((u) => u.role === role)!
  const response = await api('POST', '/api/users/login', { body: { email: user.email, password: user.password } })
  if (response.status !== 200) throw new Error(`login as ${role} failed: ${response.status}`)
  const token = (response.json as { token: string }).token
  tokens.set(role, token)
  return token
}

/** A real HTTP request to the CMS started by the global setup. */
export async function api(
  method: string,
  path: string,
  options: { as?: Who; body?: unknown } = {},
): Promise<{ status: number; json: any }> {
  const headers: Record<string, string> = {}
  if (options.body !== undefined) headers['content-type'] = 'application/json'
  if (options.as && options.as !== 'anonymous') headers.authorization = `JWT ${await login(options.as)}`
  const response = await fetch(`${inject('cmsUrl')}${path}`, {
    method,
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  })
  const text = await response.text()
  let json: any = null
  try {
    json = JSON.parse(text)
  } catch {
    json = text
  }
  return { status: response.status, json }
}
