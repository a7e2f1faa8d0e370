/**
 * One record entry per tool kind: everything the engine does differently for a kind. The
 * session, the validation and the form conversion only look a kind up here, so a new kind is a
 * new entry (TypeScript refuses the record while one is missing; `tool-kinds.test.ts` walks
 * `TOOL_KINDS` from content-models).
 */
import type { DefinitionOf, Id, ToolAnswers, ToolDefinition, ToolFormDefinition, ToolKind, TreeOutcomeNode } from '@vsp/content-models'
import type { AnswerableQuestion } from './check-answer'
import { planForm, scoredForm, treeForm, type FormConverter, type OrganisationSlug } from './form'
import { assemblePlan, planSteps, type AssembledPlan } from './plan'
import type { DefinitionProblem } from './problem'
import type { RuleOrganisation } from './safety-rules'
import { scoreDefinition, visibleQuestions, type ScoredResult } from './score'
import { validatePlan } from './validate-plan'
import { validateScored } from './validate-scored'
import { validateTree } from './validate-tree'
import { treeIndex, walkTree } from './walk-tree'

/** What a complete run of each kind yields, beside its `kind`. */
interface ResultsByKind {
  scored: { result: ScoredResult }
  'decision-tree': { outcome: TreeOutcomeNode }
  plan: { plan: AssembledPlan }
}
/** Distributes over a union of kinds, so `ResultOf<ToolKind>` is the union of all results. */
export type ResultOf<K extends ToolKind> = K extends ToolKind ? { kind: K } & ResultsByKind[K] : never
export type SessionResult = ResultOf<ToolKind>

export interface EngineOptions {
  /** Slugs of the organisations collection; when given, a definition may only name these. */
  knownOrganisations?: readonly string[]
  /** The organisations with their contacts, for the safety rules of referral trees (phone numbers, names). */
  organisations?: readonly RuleOrganisation[]
}

export interface ToolKindEngine<K extends ToolKind> extends FormConverter<DefinitionOf<K>> {
  /** Whether the definition holds together (its shape is checked before). */
  validate(definition: DefinitionOf<K>, options: EngineOptions): DefinitionProblem[]
  /** The questions in play given the answers, in order. */
  steps(definition: DefinitionOf<K>, answers: ToolAnswers): AnswerableQuestion[]
  /** The result once complete; null while questions remain. */
  result(definition: DefinitionOf<K>, answers: ToolAnswers): ResultOf<K> | null
  /** The outcome as the anonymous completion event names it (before it is made a key). */
  outcomeKey(result: ResultOf<K>): string
  /** Slugs of the organisations the definition names, for the island's contact cards. */
  organisations(definition: DefinitionOf<K>): string[]
}

export const TOOL_KIND_ENGINES: { [K in ToolKind]: ToolKindEngine<K> } = {
  scored: {
    ...scoredForm,
    validate: (definition) => validateScored(definition),
    steps: visibleQuestions,
    result: (definition, answers) => {
      const result = scoreDefinition(definition, answers)
      return result.complete ? { kind: 'scored', result } : null
    },
    // The band of the only dimension; with several, `dimension-band` of the first (band keys repeat between themes).
    outcomeKey: ({ result }) => {
      const [first] = result.dimensions
      if (!first?.band) return 'onbekend'
      return result.dimensions.length === 1 ? first.band.key : `${first.key}-${first.band.key}`
    },
    organisations: () => [],
  },
  'decision-tree': {
    ...treeForm,
    validate: (definition, options) => validateTree(definition, options.knownOrganisations, options.organisations),
    steps: (definition, answers) => {
      const { path, current } = walkTree(definition, answers)
      const nodes = treeIndex(definition)
      const answered = path.map((step) => nodes.get(step.node)).filter((node) => node?.kind === 'question')
      return current?.kind === 'question' ? [...answered, current] : answered
    },
    result: (definition, answers) => {
      const current = walkTree(definition, answers).current
      return current?.kind === 'outcome' ? { kind: 'decision-tree', outcome: current } : null
    },
    outcomeKey: ({ outcome }) => outcome.key,
    organisations: (definition) => definition.nodes.flatMap((node) => (node.kind === 'outcome' ? node.organisations.map((o) => o.organisation) : [])),
  },
  plan: {
    ...planForm,
    validate: (definition, options) => validatePlan(definition, options.knownOrganisations),
    steps: planSteps,
    result: (definition, answers) => {
      const plan = assemblePlan(definition, answers)
      return plan ? { kind: 'plan', plan } : null
    },
    // Only that a plan was made: the answers say something about the victim's circle.
    outcomeKey: () => 'plan-gemaakt',
    organisations: (definition) => (definition.organisations ?? []).map((o) => o.organisation),
  },
}

/**
 * The entry for a definition's kind. TypeScript cannot tie a union member to its own entry, so
 * the entry is typed for any kind; each entry only ever receives definitions of its own kind.
 */
export function engineOf(definition: ToolDefinition): ToolKindEngine<ToolKind> {
  return TOOL_KIND_ENGINES[definition.kind] as unknown as ToolKindEngine<ToolKind>
}

/** The outcome of a complete run, as its kind names it for the anonymous completion event. */
export function outcomeKeyOf(result: SessionResult): string {
  return (TOOL_KIND_ENGINES[result.kind] as unknown as ToolKindEngine<ToolKind>).outcomeKey(result)
}

export function definitionFromForm(kind: ToolKind, form: ToolFormDefinition | null | undefined, organisationSlug: OrganisationSlug): unknown {
  // An unknown kind stays unknown: the validation says which kinds there are.
  return TOOL_KIND_ENGINES[kind]?.fromForm(form, organisationSlug) ?? { kind }
}

export function formFromDefinition(definition: ToolDefinition, organisationId: (slug: string) => Id | undefined): ToolFormDefinition {
  return engineOf(definition).toForm(definition, organisationId)
}
