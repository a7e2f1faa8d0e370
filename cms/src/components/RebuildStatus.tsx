'use client'
/**
 * One line in the admin's header that tells an editor what publishing did to the sites:
 * waiting, being rebuilt, up to date since a time, that a failed rebuild will be tried again,
 * or that it failed for good. Without it a publish would seem to do nothing for the twenty
 * seconds a build takes. Editors and admins get "Opnieuw bijwerken" beside it.
 */
import { useAuth } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'
import { mayRequestRebuild } from '../access/rebuild-access'
import { describeStatus, type Status } from './rebuild-status-text'

const poll = async (): Promise<Status | null> => {
  try {
    const response = await fetch('/api/rebuild-status', { credentials: 'include', cache: 'no-store' })
    return response.ok ? await response.json() : null
  } catch {
    return null // the next poll tries again; the line keeps its last text
  }
}

export function RebuildStatus() {
  const { user } = useAuth()
  const [status, setStatus] = useState<Status | null>(null)
  const [asking, setAsking] = useState(false)
  const refresh = useCallback(async () => {
    const next = await poll()
    if (next) setStatus(next)
  }, [])
  useEffect(() => {
    void refresh()
    const timer = setInterval(refresh, 4000)
    return () => clearInterval(timer)
  }, [refresh])
  const rebuildAgain = async () => {
    setAsking(true)
    try {
      await fetch('/api/rebuild-status/retry', { method: 'POST', credentials: 'include' })
      await refresh()
    } finally {
      setAsking(false)
    }
  }
  const text = status && describeStatus(status)
  const failed = Boolean(status?.last && !status.last.ok && !status.running.length)
  // Not while a build runs: what is asked then waits for it anyway.
  const offer = Boolean(status?.enabled && !status.running.length && mayRequestRebuild(user))
  return (
    <p
      role="status"
      data-rebuild-status
      style={{ margin: 0, fontSize: '0.85rem', color: failed ? 'var(--theme-error-500)' : 'var(--theme-elevation-600)' }}
    >
      {text}
      {offer && (
        <button
          type="button"
          onClick={rebuildAgain}
          disabled={asking}
          data-rebuild-again
          style={{ marginInlineStart: '0.5rem', cursor: 'pointer' }}
        >
          Opnieuw bijwerken
        </button>
      )}
    </p>
  )
}
