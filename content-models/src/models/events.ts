import { z } from 'zod'
import { systemFields } from '../common'
import { CHANNELS, SITE_NAMES } from '../constants'

/**
 * What the sites report: anonymous service events ("diensten" in the whitepaper's figures).
 * No visitor id, no IP, no answers: only what was used, its outcome band, site and channel.
 */
export const SERVICE_EVENT_KINDS = [
  'tool-completed',
  'checklist-used',
  'video-played',
  'course-module-finished',
  'newsletter-signup',
  'call-clicked',
  'chat-clicked',
] as const
export type ServiceEventKind = (typeof SERVICE_EVENT_KINDS)[number]

/** What the sites' shared script sends on every page: the reach (bereik) is counted from it. */
export const PAGE_VIEW = 'page-view'
/** Every kind of event the statistics count: page views and the services. */
export const STAT_EVENT_KINDS = [PAGE_VIEW, ...SERVICE_EVENT_KINDS] as const
export type StatEventKind = (typeof STAT_EVENT_KINDS)[number]
export const STAT_EVENT_KIND_LABELS: Record<StatEventKind, string> = {
  'page-view': 'Paginaweergave',
  'tool-completed': 'Hulpmiddel afgerond',
  'checklist-used': 'Checklist gebruikt',
  'video-played': 'Video bekeken',
  'course-module-finished': 'Cursusmodule afgerond',
  'newsletter-signup': 'Aanmelding nieuwsbrief bevestigd',
  'call-clicked': 'Klik op bellen',
  'chat-clicked': 'Klik op chatten',
}

const key = z
  .string()
  .min(1)
  .max(80)
  .regex(/^[a-z0-9]+(?:[-_][a-z0-9]+)*$/, 'alleen kleine letters, cijfers en streepjes')

/** The body the island API accepts; strict, so nothing else (no answers) can be smuggled in. */
export const serviceEventInput = z.strictObject({
  kind: z.enum(SERVICE_EVENT_KINDS),
  site: z.enum(SITE_NAMES),
  channel: z.enum(CHANNELS),
  /** slug of the tool, checklist, video or course module */
  subject: key,
  /** for a tool: the outcome band or outcome node key */
  outcome: key.nullish(),
})
export type ServiceEventInput = z.infer<typeof serviceEventInput>

/** A page view or a service: the body the stats ingest accepts (same strictness). */
export const statEventInput = serviceEventInput.extend({ kind: z.enum(STAT_EVENT_KINDS) })
export type StatEventInput = z.infer<typeof statEventInput>

/**
 * A raw event as stored, until the retention job deletes it (the daily aggregates stay). The
 * server adds the day and two flags from its in-memory visitor count (@vsp/analytics): never a
 * hash, an IP address or a user agent.
 */
export const serviceEvent = statEventInput
  .extend({
    day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    /** the first page view of a visitor on this site that day */
    newVisitor: z.boolean().nullish(),
    /** too fast to be a person: kept, shown in the report, not counted */
    burst: z.boolean().nullish(),
    ...systemFields,
  })
  .strip()
export type ServiceEvent = z.infer<typeof serviceEvent>

/** A helper's own tip from the form on the helpers site; arrives as a draft for moderation. */
export const helperTipInput = z.strictObject({
  title: z.string().trim().min(3, 'Geef uw tip een korte titel.').max(120, 'De titel mag hooguit 120 tekens zijn.'),
  body: z.string().trim().min(20, 'Schrijf minstens een paar zinnen (20 tekens).').max(2000, 'Uw tip mag hooguit 2000 tekens zijn.'),
  signature: z.string().trim().max(80, 'De ondertekening mag hooguit 80 tekens zijn.').nullish(),
  /** honeypot: people leave it empty, form-filling robots do not */
  website: z.string().max(0, 'Dit veld moet leeg blijven.').nullish(),
})
export type HelperTipInput = z.infer<typeof helperTipInput>
