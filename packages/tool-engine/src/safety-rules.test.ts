import { describe, expect, it } from 'vitest'
import type { DecisionTreeDefinition, SafetyRule } from '@vsp/content-models'
import { smallTree } from './fixtures'
import { checkSafetyRules, type RuleOrganisation } from './safety-rules'
import { validateDefinition } from './validate-definition'

const ORGANISATIONS: RuleOrganisation[] = [
  { slug: 'alarmnummer-112', title: 'Alarmnummer 112', contacts: [{ kind: 'phone' }] },
  { slug: 'slachtofferhulp-nederland', title: 'Slachtofferhulp Nederland', contacts: [{ kind: 'phone' }, { kind: 'website' }] },
  { slug: 'huisarts', title: 'Huisarts', contacts: [{ kind: 'website' }] },
]

const DRUK_PATH = 'Is er nu gevaar? → "Nee" → Hoeveel uur per week helpt u? → "Meer dan 10" → uitkomst "Druk"'

/** The small tree with tags on its answers and the given rules. */
function tagged(...rules: SafetyRule[]): DecisionTreeDefinition {
  const tree = smallTree()
  for (const node of tree.nodes) {
    if (node.kind !== 'question') continue
    for (const option of node.options) {
      if (node.key === 'gevaar' && option.key === 'ja') option.tags = ['acuut-gevaar']
      if (option.key === 'meer-dan-10') option.tags = ['zwaar']
    }
  }
  return { ...tree, safetyRules: rules }
}

function outcome(tree: DecisionTreeDefinition, key: string) {
  const node = tree.nodes.find((n) => n.key === key)
  if (node?.kind !== 'outcome') throw new Error(key)
  return node
}

describe('checkSafetyRules', () => {
  it('passes a tree that keeps its rules, and a tree without rules', () => {
    const tree = tagged({
      name: 'Acuut gevaar: 112',
      when: { allTags: ['acuut-gevaar'] },
      then: { urgent: true, mustNameFirst: 'alarmnummer-112' },
    })
    expect(checkSafetyRules(tree, ORGANISATIONS)).toEqual([])
    expect(validateDefinition(tree, { knownOrganisations: ORGANISATIONS.map((o) => o.slug), organisations: ORGANISATIONS })).toEqual([])
    expect(checkSafetyRules(smallTree(), ORGANISATIONS)).toEqual([])
  })

  it('urgent: a path with the tags that ends in an outcome without urgency', () => {
    const tree = tagged({ name: 'Zware belasting is spoed', when: { allTags: ['zwaar'] }, then: { urgent: true } })
    expect(checkSafetyRules(tree, ORGANISATIONS)).toEqual([
      {
        path: 'nodes.4.urgent',
        code: 'safety-rule-urgent',
        message: `Vangnetregel "Zware belasting is spoed": het pad ${DRUK_PATH} eindigt in een uitkomst zonder \
spoed. Zet bij uitkomst "uitslag-druk" "Spoed: nu handelen" aan, of laat dit pad naar een spoeduitkomst gaan.`,
      },
    ])
  })

  it('mustNameFirst: the outcome names the organisation, but not first', () => {
    const tree = tagged({ name: 'Acuut gevaar: 112', when: { allTags: ['acuut-gevaar'] }, then: { mustNameFirst: 'alarmnummer-112' } })
    outcome(tree, 'bel-112').organisations.unshift({ organisation: 'slachtofferhulp-nederland', why: 'Voor later.' })
    expect(validateDefinition(tree, { organisations: ORGANISATIONS })).toEqual([
      {
        path: 'nodes.2.organisations',
        code: 'safety-rule-first',
        message:
          'Vangnetregel "Acuut gevaar: 112": het pad Is er nu gevaar? → "Ja" → uitkomst "Bel 112" noemt niet als eerste "Alarmnummer 112". Zet die organisatie bovenaan bij uitkomst "bel-112".',
      },
    ])
  })

  it('mustName: the outcome leaves out organisations the rule asks for, named by their title', () => {
    const tree = tagged({
      name: 'Zwaar: 112 en huisarts',
      when: { allTags: ['zwaar'] },
      then: { mustName: ['alarmnummer-112', 'slachtofferhulp-nederland', 'huisarts'] },
    })
    expect(checkSafetyRules(tree, ORGANISATIONS)).toEqual([
      {
        path: 'nodes.4.organisations',
        code: 'safety-rule-missing',
        message: `Vangnetregel "Zwaar: 112 en huisarts": het pad ${DRUK_PATH} noemt "Alarmnummer 112" en "Huisarts" niet. Voeg die organisaties toe aan uitkomst "uitslag-druk".`,
      },
    ])
    // Without the organisations list the slug stands in for the name.
    expect(checkSafetyRules(tree)[0].message).toContain('noemt "alarmnummer-112" en "huisarts" niet.')
  })

  it('minPhoneOrganisations: a rule without tags holds on every path, and counts organisations that have a phone number', () => {
    const tree = tagged({ name: 'Elke uitkomst: iemand om te bellen', then: { minPhoneOrganisations: 1 } })
    outcome(tree, 'uitslag-rustig').organisations.push({ organisation: 'huisarts', why: 'Bij klachten.' })
    expect(checkSafetyRules(tree, ORGANISATIONS)).toEqual([
      {
        path: 'nodes.3.organisations',
        code: 'safety-rule-phone',
        message:
          'Vangnetregel "Elke uitkomst: iemand om te bellen": het pad Is er nu gevaar? → "Nee" → Hoeveel uur ' +
          'per week helpt u? → "Minder dan 10" → uitkomst "Rustig" noemt geen organisatie met een ' +
          'telefoonnummer; nodig: minstens 1. Voeg bij uitkomst "uitslag-rustig" een organisatie toe die te ' +
          'bellen is.',
      },
    ])
    const two = tagged({ name: 'Twee nummers', then: { minPhoneOrganisations: 2 } })
    expect(checkSafetyRules(two, ORGANISATIONS).map((p) => p.message)).toContainEqual(
      expect.stringContaining('noemt 1 organisatie met een telefoonnummer; nodig: minstens 2.'),
    )
    // Phone numbers cannot be checked without the organisations' contacts.
    expect(checkSafetyRules(tree)).toEqual([])
  })

  it('reports an outcome once, with the number of other paths that break the rule there', () => {
    const tree = tagged({ name: 'Spoed voor iedereen', then: { urgent: true } })
    const second = tree.nodes[1]
    if (second.kind !== 'question') throw new Error('fixture')
    second.options[0].next = 'uitslag-druk'
    tree.nodes = tree.nodes.filter((n) => n.key !== 'uitslag-rustig')
    expect(checkSafetyRules(tree, ORGANISATIONS)).toEqual([
      {
        path: 'nodes.3.urgent',
        code: 'safety-rule-urgent',
        message:
          'Vangnetregel "Spoed voor iedereen": het pad Is er nu gevaar? → "Nee" → Hoeveel uur per week helpt u? ' +
          '→ "Minder dan 10" → uitkomst "Druk" eindigt in een uitkomst zonder spoed. Zet bij uitkomst ' +
          '"uitslag-druk" "Spoed: nu handelen" aan, of laat dit pad naar een spoeduitkomst gaan. Dit geldt ook ' +
          'voor nog 1 ander pad naar deze uitkomst.',
      },
    ])
  })

  it('a rule whose tags no path carries together is reported, so a renamed tag cannot switch a rule off', () => {
    const tree = tagged({ name: 'Gevaar en zwaar', when: { allTags: ['acuut-gevaar', 'zwaar'] }, then: { urgent: true } })
    expect(checkSafetyRules(tree, ORGANISATIONS)).toEqual([
      {
        path: 'safetyRules.0.when.allTags',
        code: 'safety-rule-unmatched',
        message:
          'Vangnetregel "Gevaar en zwaar": geldt voor geen enkel pad, want geen pad heeft samen de labels "acuut-gevaar" en "zwaar". Controleer de labels bij de antwoorden.',
      },
    ])
  })

  it('a rule that asks nothing, or names an unknown organisation', () => {
    const tree = tagged(
      { name: 'Leeg', when: { allTags: ['zwaar'] }, then: {} },
      { name: 'Onbekend', when: { allTags: ['acuut-gevaar'] }, then: { mustName: ['alarmnummer-112', 'bestaat-niet'] } },
    )
    const problems = checkSafetyRules(tree, ORGANISATIONS)
    expect(problems).toContainEqual({
      path: 'safetyRules.0.then',
      code: 'safety-rule-empty',
      message:
        'Vangnetregel "Leeg": vraagt niets van de uitkomst. Kies wat de uitkomst moet doen (spoed, een organisatie noemen, een telefoonnummer), of verwijder de regel.',
    })
    expect(problems).toContainEqual({
      path: 'safetyRules.1.then.mustName.1',
      code: 'missing-organisation',
      message: 'Vangnetregel "Onbekend" → organisatie "bestaat-niet": staat niet bij de organisaties. Kies een bestaande organisatie.',
    })
  })
})
