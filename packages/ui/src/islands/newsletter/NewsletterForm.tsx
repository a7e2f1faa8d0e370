import { useState } from 'react'
import { useFocusOnChange, useHydrated } from '../island-hooks'
import { checkSignup, submitSignup, type SignupField, type SignupOutcome, type SignupRequest } from './newsletter-submission'

interface Props extends SignupRequest {
  /** unique per form on a page: the ids of its fields start with it */
  id: string
  /** the consent text of `consentVersion` (content-models NEWSLETTER_CONSENT), shown beside the checkbox */
  consentText: string
}

/**
 * The newsletter sign-up: an address, a consent checkbox with the versioned consent text, one
 * button. Problems appear in a summary that gets focus (each a link to its field) and beside the
 * field; the API's answer is read out by a live region and gets focus too.
 */
export default function NewsletterForm({ id, consentText, ...request }: Props) {
  const [email, setEmail] = useState('')
  const [consent, setConsent] = useState(false)
  const [outcome, setOutcome] = useState<SignupOutcome | null>(null)
  const [busy, setBusy] = useState(false)
  const ready = useHydrated()
  const feedback = useFocusOnChange<HTMLDivElement>(outcome)

  if (!ready) return null
  const ids: Record<SignupField, string> = { email: `${id}-email`, consent: `${id}-toestemming` }
  if (outcome?.kind === 'sent') {
    return (
      <div ref={feedback} tabIndex={-1} role="status" className="newsletter-sent" data-newsletter-sent>
        <p>{outcome.message}</p>
      </div>
    )
  }
  const fields = outcome?.kind === 'invalid' ? outcome.fields : {}
  const error = (field: SignupField) =>
    fields[field] ? (
      <p id={`${ids[field]}-fout`} className="field-error">
        <span className="visually-hidden">Fout: </span>
        {fields[field]}
      </p>
    ) : null

  return (
    <form
      className="newsletter-form"
      noValidate
      data-newsletter-form
      onSubmit={async (event) => {
        event.preventDefault()
        const problems = checkSignup(email, consent)
        if (Object.keys(problems).length) return setOutcome({ kind: 'invalid', message: 'Controleer uw aanmelding.', fields: problems })
        setBusy(true)
        setOutcome(await submitSignup(request, email))
        setBusy(false)
      }}
    >
      {outcome ? (
        <div ref={feedback} tabIndex={-1} role="alert" className="error-summary" data-newsletter-problem>
          <p className="error-summary__title">{outcome.kind === 'invalid' ? outcome.message : 'Aanmelden lukt niet'}</p>
          {outcome.kind === 'invalid' ? (
            <ul>
              {(Object.keys(fields) as SignupField[]).map((field) => (
                <li key={field}>
                  <a href={`#${ids[field]}`}>{fields[field]}</a>
                </li>
              ))}
            </ul>
          ) : (
            <p>{outcome.message}</p>
          )}
        </div>
      ) : null}
      <div className="field">
        <label htmlFor={ids.email}>E-mailadres</label>
        {error('email')}
        <input
          id={ids.email}
          name="email"
          type="email"
          inputMode="email"
          autoComplete="email"
          spellCheck={false}
          maxLength={254}
          required
          value={email}
          onChange={(event) => setEmail(event.currentTarget.value)}
          aria-invalid={Boolean(fields.email) || undefined}
          aria-describedby={fields.email ? `${ids.email}-fout` : undefined}
        />
      </div>
      <div className="field field--checkbox">
        {error('consent')}
        <input
          id={ids.consent}
          name="consent"
          type="checkbox"
          required
          checked={consent}
          onChange={(event) => setConsent(event.currentTarget.checked)}
          aria-invalid={Boolean(fields.consent) || undefined}
          aria-describedby={fields.consent ? `${ids.consent}-fout` : undefined}
        />
        <label htmlFor={ids.consent}>{consentText}</label>
      </div>
      <button type="submit" className="button" disabled={busy} data-newsletter-submit>
        {busy ? 'Bezig met aanmelden…' : 'Aanmelden'}
      </button>
      <p className="visually-hidden" aria-live="polite">
        {busy ? 'Bezig met aanmelden…' : ''}
      </p>
    </form>
  )
}
