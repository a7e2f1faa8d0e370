import type { ToolAnswer } from '@vsp/content-models'
import type { AnswerableQuestion } from '@vsp/tool-engine'
import { useState, type Ref } from 'react'
import { AnswerInputs } from './AnswerInputs'
import { answerFromDraft, draftFromAnswer, type Draft } from './answer-value'

interface Props {
  question: AnswerableQuestion
  /** The earlier answer, after Back or "wijzig". */
  value: ToolAnswer | undefined
  /** "Vraag 2 van 8" */
  position: string
  error: string | null
  /** Grows with every refused attempt, so the same message is announced again. */
  attempt: number
  headingRef: Ref<HTMLHeadingElement>
  onAnswer: (value: ToolAnswer | undefined) => void
  onBack?: () => void
}

/**
 * One question: a fieldset whose legend is the step's heading (focus moves there on each step),
 * the help text, the error in a live region, the inputs, and Vorige/Volgende.
 */
export function QuestionStep({ question, value, position, error, attempt, headingRef, onAnswer, onBack }: Props) {
  const [draft, setDraft] = useState<Draft>(() => draftFromAnswer(question, value))
  const idBase = `vraag-${question.key}`
  const errorId = `${idBase}-fout`
  const helpId = `${idBase}-uitleg`
  return (
    <form
      className="tool-step"
      noValidate
      onSubmit={(event) => {
        event.preventDefault()
        onAnswer(answerFromDraft(question, draft))
      }}
    >
      <p className="tool-position muted">{position}</p>
      <fieldset aria-describedby={[question.help ? helpId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined}>
        <legend>
          <h2 ref={headingRef} tabIndex={-1} className="tool-question">
            {question.text}
          </h2>
        </legend>
        {question.help ? (
          <p id={helpId} className="tool-help">
            {question.help}
          </p>
        ) : null}
        <p id={errorId} className="tool-error" aria-live="assertive" aria-atomic="true">
          {error ? (
            <span key={attempt}>
              <span className="visually-hidden">Fout: </span>
              {error}
            </span>
          ) : null}
        </p>
        <AnswerInputs question={question} draft={draft} onDraft={setDraft} idBase={idBase} invalid={Boolean(error)} errorId={errorId} />
      </fieldset>
      <div className="tool-buttons">
        <button type="submit" className="button" data-tool-next>
          Volgende
        </button>
        {onBack ? (
          <button type="button" className="button button--secondary" data-tool-back onClick={onBack}>
            Vorige
          </button>
        ) : null}
      </div>
    </form>
  )
}
