/**
 * A pure state machine for a tool island, in the manner of smart-answers: one question at a
 * time, back keeps the earlier answer, "wijzig" from the summary returns to the summary, and
 * start again. Answers live only in this state (the island keeps it in the browser).
 */
import type { ToolAnswer, ToolAnswers, ToolDefinition } from '@vsp/content-models'
import { checkAnswer, type AnswerableQuestion } from './check-answer'
import { runOf, type SessionResult } from './tool-kind-runs'

export type { SessionResult } from './tool-kind-runs'

export interface ToolSession {
  answers: ToolAnswers
  /** The question on screen; null means the summary or result. */
  cursor: string | null
  /** Set by "wijzig": after answering, go back to the summary instead of onwards. */
  returnToSummary: boolean
}

export type AnswerOutcome = { ok: true; session: ToolSession } | { ok: false; error: string }

/** The questions in play given the answers, in order: shown questions, or the path so far. */
export function sessionSteps(definition: ToolDefinition, answers: ToolAnswers): AnswerableQuestion[] {
  return runOf(definition).steps(definition, answers)
}

/** Keeps only answers to questions still in play, so a changed answer cannot skip a step later. */
function prune(definition: ToolDefinition, answers: ToolAnswers): ToolAnswers {
  const keys = new Set(sessionSteps(definition, answers).map((step) => step.key))
  return Object.fromEntries(Object.entries(answers).filter(([key]) => keys.has(key)))
}

function firstUnanswered(steps: AnswerableQuestion[], answers: ToolAnswers): string | null {
  return steps.find((step) => answers[step.key] === undefined)?.key ?? null
}

export function startSession(definition: ToolDefinition): ToolSession {
  return { answers: {}, cursor: sessionSteps(definition, {})[0]?.key ?? null, returnToSummary: false }
}

export const restart = startSession

export function currentQuestion(definition: ToolDefinition, session: ToolSession): AnswerableQuestion | null {
  const steps = sessionSteps(definition, session.answers)
  const key = session.cursor ?? firstUnanswered(steps, session.answers)
  return steps.find((step) => step.key === key) ?? null
}

/** Answers the question on screen and moves on. */
export function answer(definition: ToolDefinition, session: ToolSession, value: ToolAnswer): AnswerOutcome {
  const question = currentQuestion(definition, session)
  if (!question) return { ok: false, error: 'Er staat geen vraag open.' }
  const error = checkAnswer(question, value)
  if (error) return { ok: false, error }
  const answers = prune(definition, { ...session.answers, [question.key]: value })
  const steps = sessionSteps(definition, answers)
  const next = session.returnToSummary
    ? firstUnanswered(steps, answers)
    : (steps[steps.findIndex((step) => step.key === question.key) + 1]?.key ?? null)
  // Onwards lands on a prefilled question after "back"; the summary only once all is answered.
  const cursor = next ?? firstUnanswered(steps, answers)
  return { ok: true, session: { answers, cursor, returnToSummary: session.returnToSummary && cursor !== null } }
}

export function canGoBack(definition: ToolDefinition, session: ToolSession): boolean {
  const steps = sessionSteps(definition, session.answers)
  return session.cursor === null ? steps.length > 0 : steps.findIndex((step) => step.key === session.cursor) > 0
}

/** One question back; its answer stays filled in. */
export function back(definition: ToolDefinition, session: ToolSession): ToolSession {
  const steps = sessionSteps(definition, session.answers)
  const at = session.cursor === null ? steps.length : steps.findIndex((step) => step.key === session.cursor)
  const previous = steps[at - 1]
  return previous ? { ...session, cursor: previous.key, returnToSummary: false } : session
}

/** "Wijzig" from the summary: open that question with its answer, then return to the summary. */
export function change(definition: ToolDefinition, session: ToolSession, key: string): ToolSession {
  const inPlay = sessionSteps(definition, session.answers).some((step) => step.key === key)
  return inPlay ? { ...session, cursor: key, returnToSummary: true } : session
}

export function isComplete(definition: ToolDefinition, session: ToolSession): boolean {
  return sessionResult(definition, session) !== null
}

/** The result once complete; null while questions remain. */
export function sessionResult(definition: ToolDefinition, session: ToolSession): SessionResult | null {
  return runOf(definition).result(definition, session.answers)
}

export interface SummaryLine {
  key: string
  question: string
  answer: string
}

/** The answers given, as the visitor reads them, for the summary with "wijzig" links. */
export function summary(definition: ToolDefinition, session: ToolSession): SummaryLine[] {
  return sessionSteps(definition, session.answers).flatMap((step) => {
    const value = session.answers[step.key]
    if (value === undefined) return []
    const chosen = Array.isArray(value) ? value : [value]
    const label =
      'options' in step
        ? chosen.map((key) => step.options.find((option) => option.key === key)?.label ?? String(key)).join(', ')
        : `${String(value).replace('.', ',')}${step.kind === 'number' && step.unit ? ` ${step.unit}` : ''}`
    return [{ key: step.key, question: step.text, answer: label }]
  })
}
