/** Checks every referral tree must pass; each tree's test adds its own regression table. */
import { expect, it } from 'vitest'
import { DELICTS, type DecisionTreeDefinition, type ToolAnswers } from '@vsp/content-models'
import {
  answer,
  answersFor,
  enumeratePaths,
  outcomeFor,
  sessionResult,
  startSession,
  validateDefinition,
  type ToolSession,
} from '@vsp/tool-engine'
import { organisations } from '../professionals/organisations'
import { REFERRAL_SAFETY_RULES } from './referral-safety-rules'

export interface TreeRow {
  name: string
  answers: ToolAnswers
  outcome: string
  organisations: string[]
  advice: string
  urgent?: boolean
}

export function referralTreeChecks(definition: DecisionTreeDefinition, table: TreeRow[]): void {
  const outcomes = definition.nodes.filter((node) => node.kind === 'outcome')

  it.each(table)('$name → $outcome', (row) => {
    const reached = outcomeFor(definition, row.answers)
    expect(reached?.key).toBe(row.outcome)
    expect(reached?.organisations.map((o) => o.organisation)).toEqual(row.organisations)
    expect(reached?.advice).toContain(row.advice)
    expect(Boolean(reached?.urgent)).toBe(Boolean(row.urgent))
  })

  it('walks every path, and each one ends in an outcome; the same answers through a session agree', () => {
    const paths = enumeratePaths(definition)
    expect(paths.filter((path) => path.end.kind !== 'outcome')).toEqual([])
    for (const path of paths) {
      let session: ToolSession = startSession(definition)
      for (const step of path.steps) {
        const next = answer(definition, session, step.option)
        if (!next.ok) throw new Error(`${step.node}: ${next.error}`)
        session = next.session
      }
      const result = sessionResult(definition, session)
      expect(result?.kind === 'decision-tree' && result.outcome.key).toBe(path.end.node)
      expect(outcomeFor(definition, answersFor(path))?.key).toBe(path.end.node)
    }
    // Every outcome is the end of at least one path.
    expect(new Set(paths.map((path) => path.end.node))).toEqual(new Set(outcomes.map((o) => o.key)))
  })

  it('has a persona for every path through the tree', () => {
    const covered = (answers: ToolAnswers) =>
      table.some((row) => Object.entries(answers).every(([node, option]) => row.answers[node] === option))
    const missing = enumeratePaths(definition)
      .map(answersFor)
      .filter((answers) => !covered(answers))
    expect(missing).toEqual([])
  })

  it('keeps every seeded safety rule on every path, with the seeded organisations', () => {
    expect(definition.safetyRules).toEqual(REFERRAL_SAFETY_RULES)
    const problems = validateDefinition(definition, { knownOrganisations: organisations.map((o) => o.slug), organisations })
    expect(problems).toEqual([])
  })

  it('each safety rule can fail: dropping what it asks from the outcomes breaks it', () => {
    for (const [i, rule] of (definition.safetyRules ?? []).entries()) {
      const broken = structuredClone(definition)
      for (const node of broken.nodes) {
        if (node.kind !== 'outcome') continue
        if (rule.then.urgent) node.urgent = false
        const drop = new Set([rule.then.mustNameFirst, ...(rule.then.mustName ?? [])])
        if (rule.then.mustNameFirst) node.organisations.reverse()
        node.organisations = node.organisations.filter(
          (entry) => !drop.has(entry.organisation) || entry.organisation === rule.then.mustNameFirst,
        )
        if (rule.then.minPhoneOrganisations) node.organisations = node.organisations.filter((entry) => entry.organisation === 'huisarts')
      }
      const problems = validateDefinition(broken, { organisations }).filter((p) => p.message.startsWith(`Vangnetregel "${rule.name}"`))
      expect(problems.length, `regel ${i}: ${rule.name}`).toBeGreaterThan(0)
    }
  })

  it('says nothing section 1 of issue 9 found wrong', () => {
    for (const node of outcomes) {
      if (node.kind !== 'outcome') continue
      // Treatment against pregnancy and HIV works within about 72 hours, not seven days.
      expect(node.advice, node.key).not.toMatch(/binnen zeven dagen/i)
      // Sports clubs are not under the Wet verplichte meldcode; a duty to report holds only for those who are.
      expect(node.advice, node.key).not.toMatch(/volg ook de meldcode/i)
      if (/verplicht te melden|moet melden/.test(node.advice)) expect(node.advice, node.key).toMatch(/Werkt u met de meldcode/)
    }
  })

  it('has at least fifteen outcomes, every checklist delict, 112, 113 and Veilig Thuis', () => {
    expect(outcomes.length).toBeGreaterThanOrEqual(15)
    const delicts = new Set(outcomes.flatMap((o) => (o.kind === 'outcome' ? (o.delicts ?? []) : [])))
    expect([...DELICTS].filter((delict) => !delicts.has(delict))).toEqual([])
    const named = new Set(outcomes.flatMap((o) => (o.kind === 'outcome' ? o.organisations.map((entry) => entry.organisation) : [])))
    for (const organisation of ['alarmnummer-112', '113-zelfmoordpreventie', 'veilig-thuis', 'de-kindertelefoon']) {
      expect(named.has(organisation), organisation).toBe(true)
    }
  })

  it('asks about acute danger first, and sends it to 112', () => {
    const first = definition.nodes.find((node) => node.key === definition.start)
    expect(first?.kind).toBe('question')
    const danger = first?.kind === 'question' ? first.options.find((option) => option.key === 'ja') : undefined
    const target = outcomeFor(definition, { [definition.start]: 'ja' })
    expect(danger?.next).toBe(target?.key)
    expect(target?.urgent).toBe(true)
    expect(target?.organisations[0].organisation).toBe('alarmnummer-112')
  })
}
