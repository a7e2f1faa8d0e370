/**
 * Safety rules (vangnetregels): the engine walks every path of a tree and checks that the
 * outcome at its end does what each rule asks of paths with the rule's tags. A rule broken on
 * several paths to one outcome is reported once, with the first path and how many more there are.
 */
import type { DecisionTreeDefinition, SafetyRule, TreeOutcomeNode } from '@vsp/content-models'
import { place, problem, type DefinitionProblem, type ProblemCode } from './problem'
import { describeTreePath } from './tree-path-text'
import { enumeratePaths, type TreePath } from './walk-tree'

/** What the rules need to know of an organisation: its name, and whether it can be phoned. */
export interface RuleOrganisation {
  slug: string
  title?: string
  contacts?: readonly { kind: string }[]
}

interface Breach {
  code: ProblemCode
  field: 'urgent' | 'organisations'
  /** What is wrong, after "het pad … ", and what to do. */
  text: string
}

/** The tags the answers on a path carry together. */
export function pathTags(definition: DecisionTreeDefinition, path: TreePath): Set<string> {
  const questions = new Map(definition.nodes.map((node) => [node.key, node]))
  const tags = new Set<string>()
  for (const step of path.steps) {
    const node = questions.get(step.node)
    const option = node?.kind === 'question' ? node.options.find((candidate) => candidate.key === step.option) : undefined
    for (const tag of option?.tags ?? []) tags.add(tag)
  }
  return tags
}

/** `"A"`, `"A" en "B"`, `"A", "B" en "C"`. */
function list(items: string[]): string {
  const quoted = items.map((item) => `"${item}"`)
  return quoted.length <= 1 ? quoted.join('') : `${quoted.slice(0, -1).join(', ')} en ${quoted[quoted.length - 1]}`
}

function requiredTags(rule: SafetyRule): string[] {
  return rule.when?.allTags ?? []
}

function breaches(rule: SafetyRule, outcome: TreeOutcomeNode, organisations: Map<string, RuleOrganisation> | undefined): Breach[] {
  const name = (slug: string) => organisations?.get(slug)?.title ?? slug
  const named = outcome.organisations.map((entry) => entry.organisation)
  const where = `uitkomst "${outcome.key}"`
  const found: Breach[] = []
  if (rule.then.urgent && !outcome.urgent) {
    found.push({
      code: 'safety-rule-urgent',
      field: 'urgent',
      text: `eindigt in een uitkomst zonder spoed. Zet bij ${where} "Spoed: nu handelen" aan, of laat dit pad naar een spoeduitkomst gaan.`,
    })
  }
  const first = rule.then.mustNameFirst
  if (first && named[0] !== first) {
    found.push({
      code: 'safety-rule-first',
      field: 'organisations',
      text: `noemt niet als eerste ${list([name(first)])}. Zet die organisatie bovenaan bij ${where}.`,
    })
  }
  const missing = (rule.then.mustName ?? []).filter((slug) => !named.includes(slug))
  if (missing.length > 0) {
    found.push({
      code: 'safety-rule-missing',
      field: 'organisations',
      text: `noemt ${list(missing.map(name))} niet. Voeg ${missing.length === 1 ? 'die organisatie' : 'die organisaties'} toe aan ${where}.`,
    })
  }
  const minimum = rule.then.minPhoneOrganisations
  if (minimum && organisations) {
    const phoned = named.filter((slug) => organisations.get(slug)?.contacts?.some((contact) => contact.kind === 'phone')).length
    if (phoned < minimum) {
      const have = phoned === 0 ? 'geen organisatie' : `${phoned} ${phoned === 1 ? 'organisatie' : 'organisaties'}`
      found.push({
        code: 'safety-rule-phone',
        field: 'organisations',
        text: `noemt ${have} met een telefoonnummer; nodig: minstens ${minimum}. Voeg bij ${where} een organisatie toe die te bellen is.`,
      })
    }
  }
  return found
}

/** Checks a rule's own form: it asks something, and names only known organisations. */
function ruleProblems(rule: SafetyRule, i: number, known: Set<string> | undefined): DefinitionProblem[] {
  const problems: DefinitionProblem[] = []
  const where = place(['Vangnetregel', rule.name])
  const { urgent, mustNameFirst, mustName, minPhoneOrganisations } = rule.then
  if (!urgent && !mustNameFirst && (mustName ?? []).length === 0 && !minPhoneOrganisations) {
    problems.push(
      problem(
        ['safetyRules', i, 'then'],
        'safety-rule-empty',
        `${where}: vraagt niets van de uitkomst. Kies wat de uitkomst moet doen (spoed, een organisatie noemen, een telefoonnummer), of verwijder de regel.`,
      ),
    )
  }
  if (known) {
    const named: [string, (string | number)[]][] = [
      ...(mustNameFirst ? [[mustNameFirst, ['mustNameFirst']] as [string, (string | number)[]]] : []),
      ...(mustName ?? []).map((slug, k): [string, (string | number)[]] => [slug, ['mustName', k]]),
    ]
    for (const [slug, at] of named) {
      if (!known.has(slug)) {
        problems.push(
          problem(
            ['safetyRules', i, 'then', ...at],
            'missing-organisation',
            `${place(['Vangnetregel', rule.name], ['organisatie', slug])}: staat niet bij de organisaties. Kies een bestaande organisatie.`,
          ),
        )
      }
    }
  }
  return problems
}

export function checkSafetyRules(definition: DecisionTreeDefinition, organisations?: readonly RuleOrganisation[]): DefinitionProblem[] {
  const rules = definition.safetyRules ?? []
  if (rules.length === 0) return []
  const bySlug = organisations ? new Map(organisations.map((organisation) => [organisation.slug, organisation])) : undefined
  const nodeIndex = new Map(definition.nodes.map((node, i) => [node.key, i]))
  const paths = enumeratePaths(definition)
    .filter((path) => path.end.kind === 'outcome')
    .map((path) => ({ path, tags: pathTags(definition, path) }))
  const problems: DefinitionProblem[] = []
  rules.forEach((rule, i) => {
    problems.push(...ruleProblems(rule, i, bySlug ? new Set(bySlug.keys()) : undefined))
    const tags = requiredTags(rule)
    const applies = paths.filter((entry) => tags.every((tag) => entry.tags.has(tag)))
    if (tags.length > 0 && applies.length === 0) {
      problems.push(
        problem(
          ['safetyRules', i, 'when', 'allTags'],
          'safety-rule-unmatched',
          `${place(['Vangnetregel', rule.name])}: geldt voor geen enkel pad, want geen pad heeft samen de labels ${list(tags)}. Controleer de labels bij de antwoorden.`,
        ),
      )
    }
    // Per outcome and kind of breach: the first path that breaks the rule, and how many more do.
    const seen = new Map<string, { problem: DefinitionProblem; more: number }>()
    for (const { path } of applies) {
      const at = nodeIndex.get(path.end.node) as number
      const outcome = definition.nodes[at] as TreeOutcomeNode
      for (const breach of breaches(rule, outcome, bySlug)) {
        const id = `${outcome.key} ${breach.code}`
        const earlier = seen.get(id)
        if (earlier) earlier.more += 1
        else {
          const message = `${place(['Vangnetregel', rule.name])}: het pad ${describeTreePath(definition, path)} ${breach.text}`
          seen.set(id, { problem: problem(['nodes', at, breach.field], breach.code, message), more: 0 })
        }
      }
    }
    for (const { problem: found, more } of seen.values()) {
      problems.push(
        more === 0
          ? found
          : {
              ...found,
              message: `${found.message} Dit geldt ook voor ${more === 1 ? 'nog 1 ander pad' : `nog ${more} andere paden`} naar deze uitkomst.`,
            },
      )
    }
  })
  return problems
}
