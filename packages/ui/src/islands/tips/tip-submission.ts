/**
 * Sending a helper's tip to the island API and reading its answer: 201 with a message, or 422
 * with `issues[]` ({ path, message }) that the form shows beside each field. Pure apart from
 * the `fetch` it is given, so it is tested without a browser.
 */
import { postJson } from '../post-json'

export const TIP_FIELDS = ['title', 'body', 'signature', 'website'] as const
export type TipField = (typeof TIP_FIELDS)[number]
export type TipValues = Record<TipField, string>

export type TipOutcome =
  | { kind: 'sent'; message: string }
  | { kind: 'invalid'; message: string; fields: Partial<Record<TipField, string>>; other: string[] }
  | { kind: 'unreachable'; message: string }

const UNREACHABLE =
  'Uw tip kon niet worden verstuurd: de verbinding met onze website lukt nu niet. Probeer het later opnieuw. Uw tekst staat nog in het formulier.'

/** The body the strict `helperTipInput` schema accepts; an empty signature is left out. */
export function tipBody(values: TipValues): Record<string, string> {
  const body: Record<string, string> = { title: values.title, body: values.body, website: values.website }
  if (values.signature.trim()) body.signature = values.signature
  return body
}

/** Splits the API's issues over the fields; issues about no known field are listed apart. */
export function issuesByField(issues: unknown): { fields: Partial<Record<TipField, string>>; other: string[] } {
  const fields: Partial<Record<TipField, string>> = {}
  const other: string[] = []
  for (const issue of Array.isArray(issues) ? issues : []) {
    if (!issue || typeof issue !== 'object') continue
    const { path, message } = issue as { path?: unknown; message?: unknown }
    if (typeof message !== 'string') continue
    const field = TIP_FIELDS.find((name) => name === String(path).split('.')[0])
    if (field) fields[field] ??= message
    else other.push(message)
  }
  return { fields, other }
}

export async function submitTip(apiBase: string, values: TipValues, fetcher: typeof fetch = fetch): Promise<TipOutcome> {
  const answer = await postJson(`${apiBase}/tips`, tipBody(values), fetcher)
  if (!answer) return { kind: 'unreachable', message: UNREACHABLE }
  const { text: message, json } = answer
  if (answer.ok) return { kind: 'sent', message: message || 'Dank u wel. Een redacteur leest uw tip voordat hij op de site komt.' }
  if (answer.status === 422 || answer.status === 400) {
    return { kind: 'invalid', message: message || 'Uw tip kon niet worden opgeslagen.', ...issuesByField(json?.issues) }
  }
  // Too many tips at once (429): the API says when to try again.
  if (answer.status === 429 && message) return { kind: 'unreachable', message }
  return { kind: 'unreachable', message: UNREACHABLE }
}
