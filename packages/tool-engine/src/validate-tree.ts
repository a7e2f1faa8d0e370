/** Checks that a decision tree holds together: every answer leads somewhere, every step can be reached, no loops. */
import type { DecisionTreeDefinition, TreeNode } from '@vsp/content-models'
import { place, problem, type DefinitionProblem } from './problem'
import { checkSafetyRules, type RuleOrganisation } from './safety-rules'

function nodePlace(node: TreeNode): string {
  return place([node.kind === 'question' ? 'Vraag' : 'Uitkomst', node.key])
}

export function validateTree(
  definition: DecisionTreeDefinition,
  knownOrganisations?: readonly string[],
  /** With contact data, so the safety rules can check phone numbers and name organisations. */
  organisations?: readonly RuleOrganisation[],
): DefinitionProblem[] {
  const problems: DefinitionProblem[] = []
  const index = new Map<string, number>()
  definition.nodes.forEach((node, i) => {
    if (index.has(node.key)) {
      problems.push(
        problem(
          ['nodes', i, 'key'],
          'duplicate-key',
          `${nodePlace(node)}: deze sleutel wordt al door een andere stap gebruikt. Geef elke stap een eigen sleutel.`,
        ),
      )
    } else index.set(node.key, i)
  })

  if (!index.has(definition.start)) {
    problems.push(
      problem(
        ['start'],
        'missing-start',
        `Startvraag: verwijst naar "${definition.start}", maar die stap bestaat niet. Kies een bestaande vraag als start.`,
      ),
    )
  }

  definition.nodes.forEach((node, i) => {
    if (node.kind === 'question') {
      if (node.options.length === 0) {
        problems.push(
          problem(
            ['nodes', i, 'options'],
            'no-options',
            `${nodePlace(node)}: heeft geen antwoorden. Voeg antwoorden toe, of maak van deze stap een uitkomst.`,
          ),
        )
      }
      const seen = new Set<string>()
      node.options.forEach((option, j) => {
        const where = place(['Vraag', node.key], ['antwoord', option.key])
        if (seen.has(option.key)) {
          problems.push(
            problem(['nodes', i, 'options', j, 'key'], 'duplicate-key', `${where}: deze sleutel komt twee keer voor bij deze vraag.`),
          )
        }
        seen.add(option.key)
        if (option.next.trim() === '') {
          problems.push(
            problem(['nodes', i, 'options', j, 'next'], 'dead-end', `${where}: leidt nergens heen. Kies de stap die na dit antwoord komt.`),
          )
        } else if (!index.has(option.next)) {
          problems.push(
            problem(
              ['nodes', i, 'options', j, 'next'],
              'missing-node',
              `${where}: verwijst naar "${option.next}", maar die stap bestaat niet.`,
            ),
          )
        }
      })
    } else if (knownOrganisations) {
      const known = new Set(knownOrganisations)
      node.organisations.forEach((entry, k) => {
        if (!known.has(entry.organisation)) {
          problems.push(
            problem(
              ['nodes', i, 'organisations', k, 'organisation'],
              'missing-organisation',
              `${place(['Uitkomst', node.key], ['organisatie', entry.organisation])}: staat niet bij de organisaties. Kies een bestaande organisatie of voeg haar eerst toe.`,
            ),
          )
        }
      })
    }
  })

  problems.push(...reachabilityProblems(definition, index), ...cycleProblems(definition, index))
  problems.push(...checkSafetyRules(definition, organisations))
  return problems
}

function successors(node: TreeNode | undefined): string[] {
  return node?.kind === 'question' ? node.options.map((option) => option.next) : []
}

function reachabilityProblems(definition: DecisionTreeDefinition, index: Map<string, number>): DefinitionProblem[] {
  if (!index.has(definition.start)) return [] // everything would be unreachable; the start problem says enough
  const reached = new Set<string>([definition.start])
  const queue = [definition.start]
  while (queue.length > 0) {
    const key = queue.shift() as string
    for (const next of successors(definition.nodes[index.get(key) as number])) {
      if (index.has(next) && !reached.has(next)) {
        reached.add(next)
        queue.push(next)
      }
    }
  }
  return definition.nodes.flatMap((node, i) =>
    reached.has(node.key) || index.get(node.key) !== i
      ? []
      : [
          problem(
            ['nodes', i],
            'unreachable-node',
            `${nodePlace(node)}: is vanaf de startvraag niet te bereiken. Laat een antwoord naar deze stap verwijzen, of verwijder haar.`,
          ),
        ],
  )
}

/** Depth-first search; an answer that points to a step still on the stack closes a loop. */
function cycleProblems(definition: DecisionTreeDefinition, index: Map<string, number>): DefinitionProblem[] {
  const problems: DefinitionProblem[] = []
  const state = new Map<string, 'active' | 'done'>()
  const stack: string[] = []
  const visit = (key: string): void => {
    state.set(key, 'active')
    stack.push(key)
    const i = index.get(key) as number
    const node = definition.nodes[i]
    if (node.kind === 'question') {
      node.options.forEach((option, j) => {
        if (!index.has(option.next)) return
        const seen = state.get(option.next)
        if (seen === 'active') {
          const loop = [...stack.slice(stack.indexOf(option.next)), option.next].join(' → ')
          problems.push(
            problem(
              ['nodes', i, 'options', j, 'next'],
              'cycle',
              `${place(['Vraag', node.key], ['antwoord', option.key])}: gaat terug naar "${option.next}", waardoor \
de vragen in een kring lopen (${loop}). Laat dit antwoord naar een volgende vraag of een uitkomst gaan.`,
            ),
          )
        } else if (seen === undefined) visit(option.next)
      })
    }
    stack.pop()
    state.set(key, 'done')
  }
  if (index.has(definition.start)) visit(definition.start)
  for (const node of definition.nodes) if (!state.has(node.key) && index.has(node.key)) visit(node.key)
  return problems
}
