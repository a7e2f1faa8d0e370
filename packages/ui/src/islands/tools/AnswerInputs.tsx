import type { AnswerableQuestion } from '@vsp/tool-engine'
import { MAX_RADIO_SCALE, type Draft } from './answer-value'

interface Props {
  question: AnswerableQuestion
  draft: Draft
  onDraft: (draft: Draft) => void
  /** Prefix for element ids, unique per step. */
  idBase: string
  invalid: boolean
  /** Id of the error text, for aria-describedby of single inputs. */
  errorId: string
}

/** The inputs of one step: radio buttons, checkboxes, a scale, or a number field. */
export function AnswerInputs({ question, draft, onDraft, idBase, invalid, errorId }: Props) {
  const aria = { 'aria-invalid': invalid || undefined }
  if (question.kind === 'question' || question.kind === 'single' || question.kind === 'multiple') {
    const multiple = question.kind === 'multiple'
    const chosen = Array.isArray(draft) ? draft : []
    return (
      <ul className="tool-options">
        {question.options.map((option) => {
          const id = `${idBase}-${option.key}`
          const checked = multiple ? chosen.includes(option.key) : draft === option.key
          return (
            <li key={option.key} className="tool-option">
              <input
                type={multiple ? 'checkbox' : 'radio'}
                id={id}
                name={idBase}
                value={option.key}
                checked={checked}
                {...aria}
                onChange={(e) => {
                  if (!multiple) return onDraft(option.key)
                  onDraft(e.currentTarget.checked ? [...chosen, option.key] : chosen.filter((key) => key !== option.key))
                }}
              />
              <label htmlFor={id}>{option.label}</label>
            </li>
          )
        })}
      </ul>
    )
  }
  if (question.kind === 'scale') {
    const values = Array.from({ length: question.max - question.min + 1 }, (_, i) => question.min + i)
    if (values.length <= MAX_RADIO_SCALE) {
      return (
        <ul className="tool-options tool-options--scale">
          {values.map((value) => {
            const id = `${idBase}-${value}`
            const end = value === question.min ? question.minLabel : value === question.max ? question.maxLabel : null
            return (
              <li key={value} className="tool-option">
                <input
                  type="radio"
                  id={id}
                  name={idBase}
                  value={value}
                  checked={draft === value}
                  {...aria}
                  onChange={() => onDraft(value)}
                />
                <label htmlFor={id}>
                  {value}
                  {end ? <span className="tool-scale-end"> – {end}</span> : null}
                </label>
              </li>
            )
          })}
        </ul>
      )
    }
    const current = typeof draft === 'number' ? draft : question.min
    return (
      <div className="tool-range">
        <label htmlFor={`${idBase}-range`}>
          Uw antwoord, van {question.min} ({question.minLabel}) tot {question.max} ({question.maxLabel})
        </label>
        <input
          type="range"
          id={`${idBase}-range`}
          min={question.min}
          max={question.max}
          step={1}
          value={current}
          aria-valuetext={`${current}${typeof draft === 'number' ? '' : ', nog niet gekozen'}`}
          aria-describedby={errorId}
          {...aria}
          onChange={(e) => onDraft(Number(e.currentTarget.value))}
        />
        <output htmlFor={`${idBase}-range`}>{typeof draft === 'number' ? draft : 'Nog niet gekozen'}</output>
      </div>
    )
  }
  return (
    <div className="tool-number">
      <label htmlFor={`${idBase}-number`}>Uw antwoord{question.unit ? ` (in ${question.unit})` : ''}</label>
      <input
        type="text"
        inputMode="decimal"
        autoComplete="off"
        id={`${idBase}-number`}
        value={typeof draft === 'string' ? draft : ''}
        aria-describedby={`${idBase}-range-hint ${errorId}`}
        {...aria}
        onChange={(e) => onDraft(e.currentTarget.value)}
      />
      {question.unit ? (
        <span className="tool-unit" aria-hidden="true">
          {' '}
          {question.unit}
        </span>
      ) : null}
      <p id={`${idBase}-range-hint`} className="muted">
        Een getal van {String(question.min).replace('.', ',')} tot en met {String(question.max).replace('.', ',')}.
      </p>
    </div>
  )
}
