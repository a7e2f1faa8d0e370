import { useState } from 'react'
import { CLEAR_DATA_LABEL, STORED_NOTICE } from './island-text'
import { clearAll } from './local-store'

/** Visible on every island that stores something: the visitor can always wipe it. */
export function ClearDataButton({ onCleared }: { onCleared: () => void }) {
  const [message, setMessage] = useState('')
  return (
    <p className="privacy-note">
      {STORED_NOTICE}{' '}
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
        {CLEAR_DATA_LABEL}
      </button>
      <span role="status" aria-live="polite">
        {message ? ` ${message}` : ''}
      </span>
    </p>
  )
}
