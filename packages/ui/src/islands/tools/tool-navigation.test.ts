import type { DecisionTreeDefinition } from '@vsp/content-models'
import { answer, change, currentQuestion, type ToolSession } from '@vsp/tool-engine'
import { describe, expect, it } from 'vitest'
import { goTo, popTo, startNavigation, stepFromState } from './tool-navigation'

const definition: DecisionTreeDefinition = {
  kind: 'decision-tree',
  start: 'een',
  nodes: [
    { kind: 'question', key: 'een', text: 'Een?', options: [{ key: 'ja', label: 'Ja', next: 'twee' }] },
    {
      kind: 'question',
      key: 'twee',
      text: 'Twee?',
      options: [
        { key: 'ja', label: 'Ja', next: 'klaar' },
        { key: 'nee', label: 'Nee', next: 'anders' },
      ],
    },
    { kind: 'outcome', key: 'klaar', title: 'Klaar', advice: 'Goed.', organisations: [] },
    { kind: 'outcome', key: 'anders', title: 'Anders', advice: 'Ook goed.', organisations: [] },
  ],
}
const answered = (session: ToolSession, value: string) => {
  const outcome = answer(definition, session, value)
  if (!outcome.ok) throw new Error(outcome.error)
  return outcome.session
}

describe('tool navigation', () => {
  it('goes back to an earlier question with its answer kept, and forward again', () => {
    let nav = startNavigation(definition)
    nav = goTo(nav, answered(nav.session, 'ja'))
    nav = goTo(nav, answered(nav.session, 'ja'))
    expect(nav.at).toBe(2)
    expect(currentQuestion(definition, nav.session)).toBeNull()

    const back = popTo(nav, definition, 1)
    expect(currentQuestion(definition, back.session)?.key).toBe('twee')
    expect(back.session.answers).toEqual({ een: 'ja', twee: 'ja' })
    const forward = popTo(back, definition, 2)
    expect(currentQuestion(definition, forward.session)).toBeNull()
  })

  it('drops the forward entries when a step is taken after going back', () => {
    let nav = startNavigation(definition)
    nav = goTo(nav, answered(nav.session, 'ja'))
    nav = goTo(nav, answered(nav.session, 'ja'))
    nav = popTo(nav, definition, 1)
    nav = goTo(nav, answered(nav.session, 'nee'))
    expect(nav.views).toHaveLength(3)
    expect(nav.session.answers).toEqual({ een: 'ja', twee: 'nee' })
  })

  it('a wijzig entry returns to the summary after answering', () => {
    let nav = startNavigation(definition)
    nav = goTo(nav, answered(nav.session, 'ja'))
    nav = goTo(nav, answered(nav.session, 'ja'))
    nav = goTo(nav, change(definition, nav.session, 'een'))
    expect(currentQuestion(definition, nav.session)?.key).toBe('een')
    nav = goTo(nav, answered(nav.session, 'ja'))
    expect(nav.session.cursor).toBeNull()
  })

  it('an entry from before a reload starts afresh', () => {
    const nav = popTo(startNavigation(definition), definition, 4)
    expect(nav.at).toBe(0)
    expect(currentQuestion(definition, nav.session)?.key).toBe('een')
  })

  it('reads only a whole step number from history.state', () => {
    expect(stepFromState({ toolStep: 3 })).toBe(3)
    expect(stepFromState({ toolStep: '3' })).toBe(0)
    expect(stepFromState(null)).toBe(0)
    expect(stepFromState({ toolStep: -1 })).toBe(0)
  })
})
