'use client'
/**
 * One line in the admin's header that tells an editor what publishing did to the sites:
 * waiting, being rebuilt, up to date since a time, that a failed rebuild will be tried again,
 * or that it failed for good. Without it a publish would seem to do nothing for the twenty
 * seconds a build takes.
 */
import { useEffect, useState } from 'react'
import { describeStatus, type Status } from './rebuild-status-text'

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
  const failed = Boolean(status?.last && !status.last.ok && !status.running.length)
  return (
    <p role="status" data-rebuild-status style={{ margin: 0, fontSize: '0.85rem', color: failed ? 'var(--theme-error-500)' : 'var(--theme-elevation-600)' }}>
      {text}
    </p>
  )
}
