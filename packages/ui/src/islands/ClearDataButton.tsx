import { useState } from 'react'
import { clearAll } from './local-store'

/** Visible on every island that stores something: the visitor can always wipe it. */
export function ClearDataButton({ onCleared }: { onCleared: () => void }) {
  const [message, setMessage] = useState('')
  return (
    <p className="privacy-note">
      Wat u aanvinkt, bewaren we alleen in deze browser op dit apparaat.{' '}
      <button
        type="button"
        className="button button--secondary"
        data-clear-data
        onClick={() => {
          clearAll()
          onCleared()
          setMessage('Uw gegevens zijn gewist.')
        }}
      >
        Wis mijn gegevens
      </button>
      <span role="status" aria-live="polite">
        {message ? ` ${message}` : ''}
      </span>
    </p>
  )
}
