'use client'
import { useState, type FormEvent } from 'react'

/**
 * The admin's "Adres wissen": posts the address as JSON to `/api/newsletter/erase`, which checks
 * the admin role itself. The address is not kept in the page after the answer.
 */
export function NewsletterEraseForm() {
  const [email, setEmail] = useState('')
  const [message, setMessage] = useState('')
  const [busy, setBusy] = useState(false)
  async function submit(event: FormEvent) {
    event.preventDefault()
    if (!window.confirm('Alle aanmeldingen en links van dit adres worden definitief gewist. Doorgaan?')) return
    setBusy(true)
    try {
      const response = await fetch('/api/newsletter/erase', {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email }),
      })
      const body = (await response.json().catch(() => ({}))) as { message?: string; error?: string }
      setMessage(body.message ?? body.error ?? `Mislukt (${response.status}).`)
      if (response.ok) setEmail('')
    } finally {
      setBusy(false)
    }
  }
  return (
    <form onSubmit={submit} data-newsletter-erase>
      <label htmlFor="newsletter-erase-email">E-mailadres</label>
      <div style={{ display: 'flex', gap: '0.5rem', marginBlock: '0.5rem' }}>
        <input
          id="newsletter-erase-email"
          type="email"
          required
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          autoComplete="off"
        />
        <button type="submit" disabled={busy}>
          Adres wissen
        </button>
      </div>
      <p role="status">{message}</p>
    </form>
  )
}
