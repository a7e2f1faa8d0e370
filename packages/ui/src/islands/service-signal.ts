import type { ServiceEventKind } from '@vsp/content-models'

/**
 * The DOM event an island fires when a visitor has used one of its services. The shared script
 * (scripts/site.ts) counts it with the visit's channel, once per page, and only when the
 * browser does not ask not to be counted; the island itself sends nothing.
 */
export const SERVICE_SIGNAL = 'vsp:service'

export interface ServiceSignal {
  kind: ServiceEventKind
  /** slug of the checklist, module, video or organisation */
  subject: string
}

export function signalService(kind: ServiceEventKind, subject: string): void {
  document.dispatchEvent(new CustomEvent<ServiceSignal>(SERVICE_SIGNAL, { detail: { kind, subject } }))
}
