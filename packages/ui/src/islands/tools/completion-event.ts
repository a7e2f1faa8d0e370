/**
 * The one thing a tool sends: an anonymous completion event (tool, outcome band, site, channel).
 * Never the answers. The shape matches the island API's strict `serviceEventInput`.
 */
import type { Channel, SiteName } from '@vsp/content-models'
import { outcomeKeyOf, type SessionResult } from '@vsp/tool-engine'

export interface CompletionEvent {
  kind: 'tool-completed'
  site: SiteName
  channel: Channel
  subject: string
  outcome: string
}

const MAX_KEY = 80
const toKey = (value: string) =>
  value
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, MAX_KEY)
    .replace(/^-+|-+$/g, '') || 'onbekend'

/** The outcome as a key, as the tool's kind names it (see `TOOL_KIND_ENGINES` in the engine). */
export function outcomeKey(result: SessionResult): string {
  return toKey(outcomeKeyOf(result))
}

export function completionEvent(subject: string, site: CompletionEvent['site'], channel: Channel, result: SessionResult): CompletionEvent {
  return { kind: 'tool-completed', site, channel, subject: toKey(subject), outcome: outcomeKey(result) }
}

/** Fire and forget: the result is on screen already, and a failing API must not change that. */
export function sendCompletion(apiBase: string, event: CompletionEvent): void {
  try {
    fetch(`${apiBase}/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(event),
      credentials: 'omit',
      keepalive: true,
      referrerPolicy: 'no-referrer',
    }).catch(() => undefined)
  } catch {
    // fetch itself may throw (blocked by an extension, no fetch); the tool works on.
  }
}
