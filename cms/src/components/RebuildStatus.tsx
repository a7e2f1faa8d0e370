'use client'
/**
 * One line in the admin's header that tells an editor what publishing did to the sites:
 * waiting, being rebuilt, up to date since a time, or that the last rebuild failed. Without
 * it a publish would seem to do nothing for the twenty seconds a build takes.
 */
import { useEffect, useState } from 'react'
import type { SiteName } from '../rebuild/affected-sites'
import type { RebuildStatus as QueueStatus } from '../rebuild/rebuild-queue'

/** What GET /api/rebuild-status answers. */
type Status = QueueStatus & { enabled: boolean }

const SITE_LABELS: Record<SiteName, string> = { helpers: 'helpers', professionals: 'professionals' }
const sitesText = (sites: SiteName[]) => `site${sites.length > 1 ? 's' : ''} voor ${sites.map((s) => SITE_LABELS[s]).join(' en ')}`
const becomes = (sites: SiteName[]) => (sites.length > 1 ? 'worden' : 'wordt')
const time = (iso: string) => new Date(iso).toLocaleTimeString('nl-NL', { hour: '2-digit', minute: '2-digit' })

export function describeStatus(status: Status): string | null {
  if (!status.enabled) return null
  if (status.running.length) return `De ${sitesText(status.running)} ${becomes(status.running)} bijgewerkt…`
  if (status.waiting.length) return `De ${sitesText(status.waiting)} ${becomes(status.waiting)} zo bijgewerkt.`
  if (!status.last) return null
  return status.last.ok
    ? `Sites bijgewerkt om ${time(status.last.finishedAt)}.`
    : `Bijwerken van de ${sitesText(status.last.sites)} is mislukt om ${time(status.last.finishedAt)}. De vorige versie blijft online; vraag een beheerder de log te bekijken.`
}

export function RebuildStatus() {
  const [status, setStatus] = useState<Status | null>(null)
  useEffect(() => {
    let stopped = false
    const poll = async () => {
      try {
        const response = await fetch('/api/rebuild-status', { credentials: 'include', cache: 'no-store' })
        if (!stopped && response.ok) setStatus(await response.json())
      } catch {
        // The next poll tries again; the line simply keeps its last text.
      }
    }
    void poll()
    const timer = setInterval(poll, 4000)
    return () => {
      stopped = true
      clearInterval(timer)
    }
  }, [])
  const text = status && describeStatus(status)
  const failed = Boolean(status?.last && !status.last.ok && !status.running.length && !status.waiting.length)
  return (
    <p role="status" data-rebuild-status style={{ margin: 0, fontSize: '0.85rem', color: failed ? 'var(--theme-error-500)' : 'var(--theme-elevation-600)' }}>
      {text}
    </p>
  )
}
