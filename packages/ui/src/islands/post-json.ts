/**
 * A JSON POST from an island to the CMS: no cookies, no referrer. Resolves with the status and
 * the answer's `message`/`error` text and the parsed body, or null when the CMS cannot be reached.
 */
export interface JsonAnswer {
  ok: boolean
  status: number
  /** the answer's `message`, else its `error`, else '' */
  text: string
  json: Record<string, unknown> | null
}

export async function postJson(url: string, body: unknown, fetcher: typeof fetch = fetch): Promise<JsonAnswer | null> {
  let response: Response
  try {
    response = await fetcher(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
    })
  } catch {
    return null
  }
  const json = (await response.json().catch(() => null)) as Record<string, unknown> | null
  const text = typeof json?.message === 'string' ? json.message : typeof json?.error === 'string' ? json.error : ''
  return { ok: response.ok, status: response.status, text, json }
}
