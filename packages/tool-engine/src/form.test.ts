import { expect, it } from 'vitest'
import type { DecisionTreeDefinition } from '@vsp/content-models'
import { smallTree } from './fixtures'
import { definitionFromForm, formFromDefinition } from './tool-kinds'

const ids: Record<string, number> = { 'alarmnummer-112': 1, 'slachtofferhulp-nederland': 2 }
const slugs = Object.fromEntries(Object.entries(ids).map(([slug, id]) => [id, slug]))

it('safety rules and answer tags go to the form with organisation ids and come back with slugs', () => {
  const tree: DecisionTreeDefinition = {
    ...smallTree(),
    safetyRules: [
      {
        name: 'Gevaar: 112',
        when: { allTags: ['acuut-gevaar'] },
        then: { urgent: true, mustNameFirst: 'alarmnummer-112', mustName: ['slachtofferhulp-nederland'] },
      },
    ],
  }
  const first = tree.nodes[0]
  if (first.kind === 'question') first.options[0].tags = ['acuut-gevaar']
  const form = formFromDefinition(tree, (slug) => ids[slug])
  expect(form.safetyRules?.[0].then).toEqual({ urgent: true, mustNameFirst: 1, mustName: [2] })
  const back = definitionFromForm(
    'decision-tree',
    form,
    (ref) => slugs[String(typeof ref === 'object' ? ref.id : ref)],
  ) as DecisionTreeDefinition
  expect(back.safetyRules).toEqual(tree.safetyRules)
  expect(back.nodes[0].kind === 'question' && back.nodes[0].options[0].tags).toEqual(['acuut-gevaar'])
})

it('reads a rule as Payload stores an untouched one: null groups and fields, unknown ids marked', () => {
  const back = definitionFromForm(
    'decision-tree',
    {
      start: 'a',
      nodes: [],
      safetyRules: [{ name: 'Leeg', when: null, then: { urgent: null, mustNameFirst: 99, mustName: null, minPhoneOrganisations: null } }],
    },
    () => undefined,
  ) as DecisionTreeDefinition
  expect(back.safetyRules).toEqual([
    {
      name: 'Leeg',
      when: { allTags: [] },
      then: { urgent: null, mustNameFirst: 'onbekend-99', mustName: [], minPhoneOrganisations: null },
    },
  ])
})

// The admin once crashed on `Cannot read properties of null (reading 'blockType')` after a refused publish.
it('a step the form has lost (null) is reported by the validation instead of crashing', async () => {
  const { validateDefinition } = await import('./validate-definition')
  const form = formFromDefinition(smallTree(), (slug) => ids[slug])
  const nodes = [...(form.nodes ?? []), null] as unknown as typeof form.nodes
  const back = definitionFromForm('decision-tree', { ...form, nodes }, (ref) => slugs[String(typeof ref === 'object' ? ref.id : ref)])
  const problems = validateDefinition(back)
  expect(problems.map((p) => p.path)).toContain(`nodes.${nodes!.length - 1}`)
})
