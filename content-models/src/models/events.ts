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

export const serviceEvent = serviceEventInput.extend({ ...systemFields }).strip()
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
