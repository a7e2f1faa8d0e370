import { describe, expect, it } from 'vitest'
import { smallScan, smallTree } from './fixtures'
import { smallPlan } from './plan-fixture'
import {
  answer,
  back,
  canGoBack,
  change,
  currentQuestion,
  isComplete,
  restart,
  sessionResult,
  startSession,
  summary,
  type ToolSession,
} from './session'
import type { ToolAnswer, ToolDefinition } from '@vsp/content-models'

function must(definition: ToolDefinition, session: ToolSession, value: ToolAnswer): ToolSession {
  const outcome = answer(definition, session, value)
  if (!outcome.ok) throw new Error(outcome.error)
  return outcome.session
}

describe('session: decision tree', () => {
  const tree = smallTree()

  it('asks one question at a time and ends in the outcome', () => {
    let session = startSession(tree)
    expect(currentQuestion(tree, session)?.key).toBe('gevaar')
    expect(canGoBack(tree, session)).toBe(false)
    session = must(tree, session, 'nee')
    expect(currentQuestion(tree, session)?.key).toBe('hoeveel-uur')
    session = must(tree, session, 'meer-dan-10')
    expect(isComplete(tree, session)).toBe(true)
    expect(currentQuestion(tree, session)).toBeNull()
    const result = sessionResult(tree, session)
    expect(result?.kind === 'decision-tree' && result.outcome.key).toBe('uitslag-druk')
    expect(summary(tree, session)).toEqual([
      { key: 'gevaar', question: 'Is er nu gevaar?', answer: 'Nee' },
      { key: 'hoeveel-uur', question: 'Hoeveel uur per week helpt u?', answer: 'Meer dan 10' },
    ])
  })

  it('refuses an answer that is not an option', () => {
    expect(answer(tree, startSession(tree), 'misschien')).toEqual({ ok: false, error: 'Kies een antwoord.' })
  })

  it('goes back keeping the earlier answer, and a changed answer drops steps off the new path', () => {
    let session = must(tree, must(tree, startSession(tree), 'nee'), 'meer-dan-10')
    session = back(tree, session)
    expect(currentQuestion(tree, session)?.key).toBe('hoeveel-uur')
    expect(session.answers['hoeveel-uur']).toBe('meer-dan-10')
    session = back(tree, session)
    expect(currentQuestion(tree, session)?.key).toBe('gevaar')
    session = must(tree, session, 'ja')
    expect(session.answers).toEqual({ gevaar: 'ja' })
    expect(sessionResult(tree, session)).toMatchObject({ outcome: { key: 'bel-112' } })
  })

  it('restarts empty', () => {
    expect(restart(tree)).toEqual({ answers: {}, cursor: 'gevaar', returnToSummary: false })
  })
})

describe('session: scored questionnaire', () => {
  const scan = smallScan()

  it('walks the shown questions, including a conditional one, to a result', () => {
    let session = startSession(scan)
    session = must(scan, session, 'ja')
    expect(currentQuestion(scan, session)?.key).toBe('gevraagd')
    for (const value of ['nee', 2, ['slaap'], 4] as ToolAnswer[]) session = must(scan, session, value)
    expect(isComplete(scan, session)).toBe(true)
    const result = sessionResult(scan, session)
    expect(result?.kind === 'scored' && result.result.dimensions[0].score).toBe(5)
  })

  it('changes an answer from the summary and returns to the summary', () => {
    let session = startSession(scan)
    for (const value of ['nee', 2, ['slaap'], 4] as ToolAnswer[]) session = must(scan, session, value)
    expect(session.cursor).toBeNull()
    session = change(scan, session, 'alleen')
    expect(currentQuestion(scan, session)?.key).toBe('alleen')
    session = must(scan, session, 'ja')
    // The change opened a conditional question; answer it, then back to the summary.
    expect(currentQuestion(scan, session)?.key).toBe('gevraagd')
    session = must(scan, session, 'ja')
    expect(session.cursor).toBeNull()
    expect(isComplete(scan, session)).toBe(true)
    expect(summary(scan, session).map((line) => line.answer)).toEqual(['Ja', 'Ja', '2', 'Slecht slapen', '4 uur'])
  })

  it('has no result while questions remain', () => {
    expect(sessionResult(scan, must(scan, startSession(scan), 'nee'))).toBeNull()
  })
})

describe('session: plan', () => {
  const plan = smallPlan()

  it('asks every step, refuses a combination with an exclusive answer, and ends in the plan', () => {
    let session = startSession(plan)
    expect(currentQuestion(plan, session)?.key).toBe('taken')
    expect(answer(plan, session, ['boodschappen', 'weet-niet'])).toEqual({
      ok: false,
      error: '"Weet ik nog niet" kunt u niet combineren met andere antwoorden.',
    })
    session = must(plan, session, ['boodschappen', 'vervoer'])
    expect(isComplete(plan, session)).toBe(false)
    session = must(plan, session, 'dagelijks')
    const result = sessionResult(plan, session)
    expect(result?.kind === 'plan' && result.plan.sections.map((section) => section.key)).toEqual(['wie', 'taken', 'regie', 'contact'])
    expect(summary(plan, session)).toEqual([
      { key: 'taken', question: 'Waar is hulp bij nodig?', answer: 'Boodschappen, Vervoer' },
      { key: 'vaak', question: 'Hoe vaak neemt iemand contact op?', answer: 'Elke dag' },
    ])
  })
})
