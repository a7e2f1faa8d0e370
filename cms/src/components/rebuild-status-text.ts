/** The words of the admin's status line (RebuildStatus.tsx), apart so that they can be tested without React. */
import type { SiteName } from '../rebuild/affected-sites'
import type { RebuildStatus as QueueStatus } from '../rebuild/rebuild-queue'

/** What GET /api/rebuild-status answers. */
export type Status = QueueStatus & { enabled: boolean }

const SITE_LABELS: Record<SiteName, string> = { helpers: 'helpers', professionals: 'professionals' }
const sitesText = (sites: SiteName[]) => `site${sites.length > 1 ? 's' : ''} voor ${sites.map((s) => SITE_LABELS[s]).join(' en ')}`
const becomes = (sites: SiteName[]) => (sites.length > 1 ? 'worden' : 'wordt')
const time = (iso: string, seconds = false) =>
  new Date(iso).toLocaleTimeString('nl-NL', { hour: '2-digit', minute: '2-digit', ...(seconds ? { second: '2-digit' } : {}) })

export function describeStatus(status: Status): string | null {
  if (!status.enabled) return null
  if (status.running.length) return `De ${sitesText(status.running)} ${becomes(status.running)} bijgewerkt…`
  if (status.retry && status.last)
    return `Bijwerken van de ${sitesText(status.last.sites)} is mislukt, nieuwe poging om ${time(status.retry.at, true)}.`
  if (status.waiting.length) return `De ${sitesText(status.waiting)} ${becomes(status.waiting)} zo bijgewerkt.`
  if (!status.last) return null
  return status.last.ok
    ? `Sites bijgewerkt om ${time(status.last.finishedAt)}${status.last.detail ? ` (${status.last.detail})` : ''}.`
    : `Bijwerken van de ${sitesText(status.last.sites)} is mislukt om ${time(status.last.finishedAt)}. De vorige versie blijft online; probeer het opnieuw of vraag een beheerder de log te bekijken.`
}
