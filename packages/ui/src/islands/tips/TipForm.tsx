import { useState } from 'react'
import { useFocusOnChange, useHydrated } from '../island-hooks'
import { submitTip, type TipField, type TipOutcome, type TipValues } from './tip-submission'

const EMPTY: TipValues = { title: '', body: '', signature: '', website: '' }
const LABELS: Record<Exclude<TipField, 'website'>, string> = {
  title: 'Titel van uw tip',
  body: 'Uw tip of ervaring',
  signature: 'Ondertekening (mag leeg blijven)',
}

/**
 * "Deel uw tip of ervaring": title, tip, optional signature, and a honeypot. The API checks
 * everything; its messages appear beside each field and in a summary that gets focus.
 */
export default function TipForm({ apiBase }: { apiBase: string }) {
  const [values, setValues] = useState<TipValues>(EMPTY)
  const [outcome, setOutcome] = useState<TipOutcome | null>(null)
  const [busy, setBusy] = useState(false)
  const ready = useHydrated()
  const feedback = useFocusOnChange<HTMLDivElement>(outcome)

  if (!ready) return null
  if (outcome?.kind === 'sent') {
    return (
      <div ref={feedback} tabIndex={-1} role="status" className="card" data-tip-sent>
        <h2>Bedankt voor uw tip</h2>
        <p>{outcome.message}</p>
      </div>
    )
  }
  const fieldErrors = outcome?.kind === 'invalid' ? outcome.fields : {}
  const set = (field: TipField) => (event: { currentTarget: { value: string } }) =>
    setValues({ ...values, [field]: event.currentTarget.value })
  const described = (field: TipField, hint?: string) =>
    [hint, fieldErrors[field] ? `tip-${field}-fout` : null].filter(Boolean).join(' ') || undefined
  const error = (field: TipField) =>
    fieldErrors[field] ? (
      <p id={`tip-${field}-fout`} className="field-error">
        <span className="visually-hidden">Fout: </span>
        {fieldErrors[field]}
      </p>
    ) : null

  return (
    <form
      className="tool-form"
      noValidate
      onSubmit={async (event) => {
        event.preventDefault()
        setBusy(true)
        setOutcome(await submitTip(apiBase, values))
        setBusy(false)
      }}
    >
      {outcome ? (
        <div ref={feedback} tabIndex={-1} role="alert" className="error-summary" data-tip-problem>
          <h2>{outcome.kind === 'invalid' ? 'Controleer uw tip' : 'Versturen lukt niet'}</h2>
          <p>{outcome.message}</p>
          {outcome.kind === 'invalid' ? (
            <ul>
              {Object.entries(outcome.fields).map(([field, message]) =>
                field === 'website' ? null : (
                  <li key={field}>
                    <a href={`#tip-${field}`}>{message}</a>
                  </li>
                ),
              )}
              {outcome.other.map((message) => (
                <li key={message}>{message}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      <div className="field">
        <label htmlFor="tip-title">{LABELS.title}</label>
        {error('title')}
        <input
          id="tip-title"
          name="title"
          value={values.title}
          onChange={set('title')}
          maxLength={120}
          aria-invalid={Boolean(fieldErrors.title) || undefined}
          aria-describedby={described('title')}
        />
      </div>
      <div className="field">
        <label htmlFor="tip-body">{LABELS.body}</label>
        <p id="tip-body-hint" className="hint">
          Wat hielp u, of wat zou u een andere helper willen meegeven? Noem geen namen.
        </p>
        {error('body')}
        <textarea
          id="tip-body"
          name="body"
          rows={7}
          value={values.body}
          onChange={set('body')}
          maxLength={2000}
          aria-invalid={Boolean(fieldErrors.body) || undefined}
          aria-describedby={described('body', 'tip-body-hint')}
        />
      </div>
      <div className="field">
        <label htmlFor="tip-signature">{LABELS.signature}</label>
        <p id="tip-signature-hint" className="hint">
          Bijvoorbeeld: zus van een slachtoffer
        </p>
        {error('signature')}
        <input
          id="tip-signature"
          name="signature"
          value={values.signature}
          onChange={set('signature')}
          maxLength={80}
          autoComplete="off"
          aria-invalid={Boolean(fieldErrors.signature) || undefined}
          aria-describedby={described('signature', 'tip-signature-hint')}
        />
      </div>
      {/* Honeypot: hidden from people and screen readers; robots fill it in and are refused. */}
      <div className="honeypot" aria-hidden="true">
        <label htmlFor="tip-website">Laat dit veld leeg</label>
        <input
          id="tip-website"
          name="website"
          type="text"
          tabIndex={-1}
          autoComplete="off"
          value={values.website}
          onChange={set('website')}
        />
      </div>
      <p className="privacy-note">Een redacteur leest uw tip voordat hij op de site komt. We slaan niets over u op.</p>
      <button type="submit" className="button" disabled={busy} data-tip-submit>
        {busy ? 'Bezig met versturen…' : 'Verstuur uw tip'}
      </button>
    </form>
  )
}
