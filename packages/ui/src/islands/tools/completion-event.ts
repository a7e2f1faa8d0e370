/**
 * The one thing a tool sends: an anonymous completion event (tool, outcome band, site, channel).
 * Never the answers. The shape matches the island API's strict `serviceEventInput`.
 */
import type { Channel, SiteName } from '@vsp/content-models'
import type { SessionResult } from '@vsp/tool-engine'

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

/**
 * The outcome as a key: the outcome node of a tree; for a questionnaire the band of its only
 * dimension, or `dimension-band` of the first dimension when there are several (the band keys of
 * different themes repeat, so the theme must be named).
 */
export function outcomeKey(result: SessionResult): string {
  if (result.kind === 'decision-tree') return toKey(result.outcome.key)
  const [first] = result.result.dimensions
  if (!first?.band) return 'onbekend'
  return toKey(result.result.dimensions.length === 1 ? first.band.key : `${first.key}-${first.band.key}`)
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
