import type { Payload } from 'payload'
import { PAGE_VIEW, SITE_NAMES, statEventInput, type SiteName } from '@vsp/content-models'
import { createVisitorCounter, type VisitorCounter } from '@vsp/analytics'
import { limitFromEnv, type RateLimit } from '../endpoints/rate-limit'
import { createEventRecorder } from './event-recorder'

export interface IngestResult {
  status: 204 | 422 | 429
  error?: string
  issues?: { path: string; message: string }[]
  retryAfter?: number
}

/** What a request carries about its sender: hashed with the day's salt, then forgotten. */
export interface Sender {
  userAgent: string
  ip: string
}

/**
 * One ingest, shared by the stats server and the island API: validate the exact shape the sites
 * send, apply the site's cap, note the visitor (in memory), and write through group commit.
 * Each site has its own cap (STATS_HELPERS_LIMIT events per STATS_HELPERS_WINDOW_MS, the same
 * for STATS_PROFESSIONALS_…; default 12,000 a minute), so a flood against one site does not
 * silence the other. Above it: 429 with Retry-After, and the event is not stored.
 */
export function createIngest(payload: Payload, counter: VisitorCounter = createVisitorCounter()) {
  const recorder = createEventRecorder(payload)
  // Forget yesterday's salt even when no event comes in to replace it.
  setInterval(() => counter.prune(), 10 * 60_000).unref()
  const caps = Object.fromEntries(SITE_NAMES.map((site) => [site, limitFromEnv(`STATS_${site.toUpperCase()}`, 12_000, 60_000)])) as Record<
    SiteName,
    RateLimit
  >
  return async function ingest(body: unknown, sender: Sender): Promise<IngestResult> {
    const parsed = statEventInput.safeParse(body)
    if (!parsed.success) {
      const issues = parsed.error.issues.map((issue) => ({ path: issue.path.map(String).join('.') || '(bericht)', message: issue.message }))
      return { status: 422, error: 'Ongeldige gebeurtenis.', issues }
    }
    const event = parsed.data
    const wait = await caps[event.site].take()
    if (wait) return { status: 429, error: 'Er komen nu te veel gebeurtenissen binnen; probeer het later opnieuw.', retryAfter: wait }
    const sighting = counter.see({ site: event.site, ...sender }, event.kind === PAGE_VIEW)
    await recorder.record({ ...event, ...sighting })
    return { status: 204 }
  }
}
export type Ingest = ReturnType<typeof createIngest>
