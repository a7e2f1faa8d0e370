/** Every kind of content-models' `TOOL_KINDS` has a complete engine entry that runs a tool end to end. */
import { describe, expect, it } from 'vitest'
import { TOOL_KINDS, type ToolAnswer, type ToolDefinition, type ToolKind } from '@vsp/content-models'
import { smallScan, smallTree } from './fixtures'
import { smallPlan } from './plan-fixture'
import { answer, currentQuestion, sessionResult, startSession, type ToolSession } from './session'
import { TOOL_KIND_RUNS, runOf } from './tool-kind-runs'
import { TOOL_KIND_ENGINES, definitionFromForm, engineOf, formFromDefinition } from './tool-kinds'
import { validateDefinition } from './validate-definition'

/** A small sound definition per kind; typed by kind, so a new kind needs one here too. */
const EXAMPLES: Record<ToolKind, () => ToolDefinition> = { scored: smallScan, 'decision-tree': smallTree, plan: smallPlan }
const ORGANISATIONS = ['alarmnummer-112', 'slachtofferhulp-nederland']
const ENTRY_FUNCTIONS = ['fromForm', 'organisations', 'outcomeKey', 'result', 'steps', 'toForm', 'validate']

/** Answers every question with its first option (or lowest value) until the result. */
function run(definition: ToolDefinition): ToolSession {
  let session = startSession(definition)
  for (let i = 0; i < 50; i++) {
    const question = currentQuestion(definition, session)
    if (!question) return session
    const value: ToolAnswer =
      question.kind === 'multiple' ? [question.options[0].key] : 'options' in question ? question.options[0].key : question.min
    const outcome = answer(definition, session, value)
    if (!outcome.ok) throw new Error(outcome.error)
    session = outcome.session
  }
  throw new Error('no end')
}

describe('tool kinds', () => {
  it('has an engine entry for exactly the kinds of content-models, each complete', () => {
    expect(Object.keys(TOOL_KIND_ENGINES).sort()).toEqual([...TOOL_KINDS].sort())
    expect(Object.keys(TOOL_KIND_RUNS).sort()).toEqual([...TOOL_KINDS].sort())
    for (const kind of TOOL_KINDS) expect(Object.keys(TOOL_KIND_ENGINES[kind]).sort(), kind).toEqual(ENTRY_FUNCTIONS)
  })

  describe.each([...TOOL_KINDS])('%s', (kind) => {
    const definition = EXAMPLES[kind]()

    it('is an example of its own kind that validates', () => {
      expect(definition.kind).toBe(kind)
      expect(engineOf(definition)).toBe(TOOL_KIND_ENGINES[kind])
      expect(runOf(definition)).toBe(TOOL_KIND_RUNS[kind])
      expect(validateDefinition(definition, { knownOrganisations: ORGANISATIONS })).toEqual([])
    })

    it('survives the way to the CMS form and back, organisations as ids there', () => {
      const ids = new Map(ORGANISATIONS.map((slug, i) => [slug, i + 1]))
      const form = formFromDefinition(definition, (slug) => ids.get(slug))
      const slugs = new Map([...ids].map(([slug, id]) => [id, slug]))
      const back = definitionFromForm(kind, form, (ref) => slugs.get(Number(typeof ref === 'object' ? ref.id : ref)))
      expect(back).toEqual(definition)
    })

    it('runs to a result of its kind, with an outcome key and the organisations it names', () => {
      const result = sessionResult(definition, run(definition))
      expect(result?.kind).toBe(kind)
      expect(engineOf(definition).outcomeKey(result!)).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
      for (const slug of engineOf(definition).organisations(definition)) expect(ORGANISATIONS).toContain(slug)
    })
  })

  it('keeps an unknown kind unknown, for the validation to name', () => {
    expect(definitionFromForm('quiz' as ToolKind, {}, () => undefined)).toEqual({ kind: 'quiz' })
    expect(validateDefinition({ kind: 'quiz' })[0]?.message).toMatch(/soort/)
  })
})
