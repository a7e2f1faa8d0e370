/** Checks every referral tree must pass; each tree's test adds its own regression table. */
import { expect, it } from 'vitest'
import { DELICTS, type DecisionTreeDefinition, type ToolAnswers } from '@vsp/content-models'
import { answer, answersFor, enumeratePaths, outcomeFor, sessionResult, startSession, type ToolSession } from '@vsp/tool-engine'

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
