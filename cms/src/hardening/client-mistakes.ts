import type { AfterErrorHook } from 'payload'
import { isDocumentId } from './document-id'

const answer = (status: number, message: string) => ({ status, response: { errors: [{ message }] } })

// What busboy and the JSON reader throw for a body they cannot read.
const UNREADABLE_BODY =
  /Unexpected end of form|Malformed part header|Multipart: Boundary not found|Unexpected end of multipart data|Malformed urlencoded form|Invalid JSON/i

/**
 * Errors that Payload answered with 500 while the request was at fault (found by
 * cms/test/fuzz.int.test.ts): a body it cannot parse, a `where` whose operator or value does
 * not fit the field (`where[id][near]=`, `where[id][equals]=abc`), an id that cannot exist,
 * `/api/users/verify/…` with verification off. Each is a 400 or 404, never a server error that
 * looks like an outage and hides real ones (CWE-20, CWE-209). Payload has logged the error.
 */
export const clientMistakesAreNot500: AfterErrorHook = ({ collection, error, req }) => {
  const status = (error as { status?: number }).status ?? 500
  if (status < 500) return
  const url = req.url ? new URL(req.url, 'http://cms') : undefined
  if (UNREADABLE_BODY.test(error.message)) return answer(400, 'Het bericht kon niet worden gelezen.')
  if (url && [...url.searchParams.keys()].some((key) => key.startsWith('where['))) return answer(400, 'Deze zoekopdracht is niet geldig.')
  if (!collection) return
  const id = req.routeParams?.id
  if (typeof id === 'string' && !isDocumentId(id)) return answer(404, 'Dit document bestaat niet.')
  if (collection.auth && !collection.auth.verify && url?.pathname.includes('/verify/')) return answer(404, 'Dit document bestaat niet.')
}
