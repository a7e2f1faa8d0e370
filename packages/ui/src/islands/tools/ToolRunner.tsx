import type { Channel, ToolAnswer } from '@vsp/content-models'
import {
  answer,
  canGoBack,
  change,
  currentQuestion,
  sessionResult,
  sessionSteps,
  startSession,
  summary,
  type ToolSession,
} from '@vsp/tool-engine'
import { useEffect, useRef, useState } from 'react'
import type { ToolIslandProps } from '../../content/tool-props'
import { mayCount, visitChannel } from '@vsp/analytics/browser'
import { completionEvent, sendCompletion } from './completion-event'
import { positionLabel, possibleQuestionCount } from './progress'
import { QuestionStep } from './QuestionStep'
import { Summary } from './Summary'
import { ResultView, viewOf } from './tool-kind-views'
import { HISTORY_KEY, goTo, popTo, startNavigation, stepFromState, type ToolNavigation } from './tool-navigation'

/**
 * The island of every tool: one question per step, each step a history entry at the same URL
 * (no answers, no step in the address), Back/Forward through `popstate`, a result with the
 * answers and "wijzig", and start again. Answers live in this component's memory only. What
 * differs per kind (the result view, the step count) comes from `TOOL_KIND_VIEWS`.
 */
export function ToolRunner(props: ToolIslandProps) {
  const { definition } = props
  const [ready, setReady] = useState(false)
  const [nav, setNav] = useState<ToolNavigation>(() => startNavigation(definition))
  const [error, setError] = useState<{ message: string; attempt: number } | null>(null)
  const [moved, setMoved] = useState(0)
  const heading = useRef<HTMLHeadingElement>(null)
  const channel = useRef<Channel>('direct')
  const reported = useRef(false)

  useEffect(() => {
    // The visit's channel, kept for the tab by the shared script (read before the URL is
    // rewritten: when this is the entry page, its utm parameters decide).
    let storage: Storage | undefined
    try {
      storage = sessionStorage
    } catch {}
    channel.current = visitChannel(storage, { referrer: document.referrer, search: location.search, ownHost: location.hostname })
    history.replaceState({ [HISTORY_KEY]: 0 }, '', location.pathname)
    const onPop = (event: PopStateEvent) => {
      setNav((current) => popTo(current, definition, stepFromState(event.state)))
      setError(null)
      setMoved((n) => n + 1)
    }
    window.addEventListener('popstate', onPop)
    setReady(true)
    return () => window.removeEventListener('popstate', onPop)
  }, [definition])

  // Focus follows the step, so a screen reader reads the new question or the result.
  useEffect(() => {
    if (moved > 0) heading.current?.focus()
  }, [moved])

  const question = currentQuestion(definition, nav.session)
  const result = question ? null : sessionResult(definition, nav.session)

  useEffect(() => {
    if (!result || reported.current) return
    reported.current = true
    // Do Not Track or Global Privacy Control: not counted at all.
    if (!mayCount(navigator as Navigator & { globalPrivacyControl?: boolean })) return
    sendCompletion(props.apiBase, completionEvent(props.slug, props.site, channel.current, result))
  }, [result, props.apiBase, props.slug, props.site])

  const step = (session: ToolSession) => {
    const next = goTo(nav, session)
    history.pushState({ [HISTORY_KEY]: next.at }, '', location.pathname)
    setNav(next)
    setError(null)
    setMoved((n) => n + 1)
  }

  // Without JavaScript the page's <noscript> speaks; rendering nothing on the server keeps a
  // dead form from showing.
  if (!ready) return null

  if (question) {
    const steps = sessionSteps(definition, nav.session.answers)
    const index = steps.findIndex((s) => s.key === question.key) + 1
    // A questionnaire counts the questions that can still be asked, so the total never jumps up.
    const total =
      definition.kind === 'scored'
        ? possibleQuestionCount(definition, nav.session.answers)
        : viewOf(definition.kind).countsSteps
          ? steps.length
          : null
    const position = positionLabel(index, total)
    return (
      <QuestionStep
        key={`${question.key}-${nav.at}`}
        question={question}
        value={nav.session.answers[question.key]}
        position={position}
        error={error?.message ?? null}
        attempt={error?.attempt ?? 0}
        headingRef={heading}
        onBack={nav.at > 0 && canGoBack(definition, nav.session) ? () => history.back() : undefined}
        onAnswer={(value: ToolAnswer | undefined) => {
          // No answer at all is checked too: the engine says what is missing.
          const outcome = answer(definition, nav.session, value as ToolAnswer)
          if (outcome.ok) return step(outcome.session)
          setError((e) => ({ message: outcome.error, attempt: (e?.attempt ?? 0) + 1 }))
        }}
      />
    )
  }

  return (
    <div className="tool-done">
      {result ? <ResultView result={result} tool={props} headingRef={heading} /> : <p>Er ging iets mis. Begin opnieuw.</p>}
      <Summary lines={summary(definition, nav.session)} onChange={(key) => step(change(definition, nav.session, key))} />
      <div className="tool-buttons no-print">
        <button type="button" className="button" data-tool-print onClick={() => window.print()}>
          Print of bewaar als PDF
        </button>
        <button
          type="button"
          className="button button--secondary"
          data-tool-restart
          onClick={() => {
            reported.current = false
            step(startSession(definition))
          }}
        >
          Opnieuw beginnen
        </button>
      </div>
    </div>
  )
}
