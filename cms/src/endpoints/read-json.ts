import { MIMEType } from 'node:util'
import type { PayloadRequest } from 'payload'

export const MAX_BODY_BYTES = 4096

export type JsonBody = { ok: true; value: unknown } | { ok: false; status: number; error: string }

/**
 * Exactly `application/json` (parameters such as charset allowed). A substring test would let
 * `text/plain; application/json` through: a "simple" request that any website can make its
 * visitors' browsers send without a CORS preflight (CWE-352).
 */
export function isJson(contentType: string | null): boolean {
  try {
    return new MIMEType(contentType ?? '').essence === 'application/json'
  } catch {
    return false
  }
}

/** Reads a small JSON body; refuses large or malformed bodies with a reason a developer can act on. */
export async function readJson(req: PayloadRequest): Promise<JsonBody> {
  if (!isJson(req.headers.get('content-type'))) return { ok: false, status: 415, error: 'Stuur JSON (Content-Type: application/json).' }
  const declared = Number(req.headers.get('content-length') ?? 0)
  if (declared > MAX_BODY_BYTES) return { ok: false, status: 413, error: `Het bericht is groter dan ${MAX_BODY_BYTES} bytes.` }
  const text = req.text ? await req.text() : ''
  if (Buffer.byteLength(text) > MAX_BODY_BYTES)
    return { ok: false, status: 413, error: `Het bericht is groter dan ${MAX_BODY_BYTES} bytes.` }
  try {
    return { ok: true, value: JSON.parse(text) }
  } catch {
    return { ok: false, status: 400, error: 'Het bericht is geen geldige JSON.' }
  }
}

export const problem = (status: number, error: string, issues?: { path: string; message: string }[]) =>
  Response.json({ error, ...(issues ? { issues } : {}) }, { status, headers: { 'cache-control': 'no-store' } })

/** A zod error's issues as `{ path, message }`, the form every 4xx of the API lists them in. */
export const issuesOf = (error: { issues: { path: PropertyKey[]; message: string }[] }) =>
  error.issues.map((issue) => ({ path: issue.path.map(String).join('.') || '(bericht)', message: issue.message }))
