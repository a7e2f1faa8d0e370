import {
  APIError,
  AuthenticationError,
  ValidationError,
  type CollectionBeforeOperationHook,
  type PayloadRequest,
  type Where,
} from 'payload'
import { hashAgainstNothing, passwordMatches } from './password-hash'
import { passwordProblem } from './password-policy'
import { loginWait, recordFailure, recordSuccess } from './login-throttle'

type Data = Record<string, unknown> | undefined

const refuse = (path: string, message: string) => new ValidationError({ collection: 'users', errors: [{ path, message }] })

const storedUser = (req: PayloadRequest, where: Where) =>
  req.payload.db.findOne<{ id: number | string; hash?: string; salt?: string }>({ collection: 'users', where, req })

/**
 * Checks a login before Payload does: the throttle (429 with Retry-After), and the password
 * itself, so that an unknown address costs the same hash as a known one (CWE-208) and each
 * failure is counted (CWE-307). Payload then checks the right password again and signs in.
 */
async function checkLogin(req: PayloadRequest, data: Data): Promise<void> {
  const email = typeof data?.email === 'string' ? data.email.toLowerCase().trim() : ''
  const password = typeof data?.password === 'string' ? data.password : ''
  if (!email || !password) return // Payload answers 400 with the missing field.
  const wait = await loginWait(req, email)
  if (wait > 0) {
    req.responseHeaders = new Headers({ 'retry-after': String(wait) })
    throw new APIError(
      `Te veel mislukte pogingen vanaf dit apparaat. Probeer het over ${wait} seconden opnieuw.`,
      429,
      { retryAfter: wait },
      true,
    )
  }
  const user = await storedUser(req, { email: { equals: email } })
  const matches = user ? await passwordMatches(password, user) : await hashAgainstNothing(password)
  if (!matches) {
    await recordFailure(req, email)
    throw new AuthenticationError(req.t)
  }
  await recordSuccess(req, email)
}

/**
 * A new password must pass the policy (CWE-521); someone changing their own password must give
 * the current one (CWE-620), so a stolen session alone cannot take the account over.
 */
async function checkNewPassword(req: PayloadRequest, data: Data, id: unknown, operation: string): Promise<void> {
  if (!data || !('password' in data) || data.password === undefined) return
  const problem = passwordProblem(data.password)
  if (problem) throw refuse('password', problem)
  if (operation !== 'update') return
  if (id === undefined) throw refuse('password', 'Een wachtwoord wijzigt u per account, niet voor meerdere tegelijk.')
  const self = req.user && req.user.collection === 'users' && String(req.user.id) === String(id)
  if (!self) return // an admin sets someone else's password (access control decides who may)
  const current = typeof data.currentPassword === 'string' ? data.currentPassword : ''
  const user = await storedUser(req, { id: { equals: id as number | string } })
  if (!current || !user || !(await passwordMatches(current, user))) {
    throw refuse('currentPassword', 'Vul uw huidige wachtwoord in om een nieuw wachtwoord te kiezen.')
  }
}

export const guardUsers: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  const raw = (args as { data?: unknown }).data
  // A JSON body can be a string or a number: only an object has fields to check.
  const data = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as Data) : undefined
  if (operation === 'login') await checkLogin(req, data)
  if (operation === 'create' || operation === 'update' || operation === 'resetPassword') {
    await checkNewPassword(req, data, (args as { id?: unknown }).id, operation)
  }
  if (data && 'currentPassword' in data) delete data.currentPassword
  return args
}
