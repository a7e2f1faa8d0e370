/**
 * The part of each kind's record entry that a running tool needs: steps, result, outcome key and
 * the organisations named. Apart from validation and form conversion (`tool-kinds.ts`) so the
 * island, which runs tools but never validates or converts one, does not carry those (about
 * 3.5 KB gzip of the tool code). `TOOL_KIND_ENGINES` in `tool-kinds.ts` is each kind's whole entry.
 */
import type { DefinitionOf, ToolAnswers, ToolDefinition, ToolKind, TreeOutcomeNode } from '@vsp/content-models'
import type { AnswerableQuestion } from './check-answer'
import { assemblePlan, planSteps, type AssembledPlan } from './plan'
import { scoreDefinition, visibleQuestions, type ScoredResult } from './score'
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

export interface ToolKindRun<K extends ToolKind> {
  /** The questions in play given the answers, in order. */
  steps(definition: DefinitionOf<K>, answers: ToolAnswers): AnswerableQuestion[]
  /** The result once complete; null while questions remain. */
  result(definition: DefinitionOf<K>, answers: ToolAnswers): ResultOf<K> | null
  /** The outcome as the anonymous completion event names it (before it is made a key). */
  outcomeKey(result: ResultOf<K>): string
  /** Slugs of the organisations the definition names, for the island's contact cards. */
  organisations(definition: DefinitionOf<K>): string[]
}

export const TOOL_KIND_RUNS: { [K in ToolKind]: ToolKindRun<K> } = {
  scored: {
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
    organisations: (definition) =>
      definition.nodes.flatMap((node) => (node.kind === 'outcome' ? node.organisations.map((o) => o.organisation) : [])),
  },
  plan: {
    steps: planSteps,
    result: (definition, answers) => {
      const plan = assemblePlan(definition, answers)
      return plan ? { kind: 'plan', plan } : null
    },
    // Only that a plan was made: which lines a helper chose says something about the victim's circle.
    outcomeKey: () => 'plan-gemaakt',
    organisations: (definition) => (definition.organisations ?? []).map((o) => o.organisation),
  },
}

/**
 * The run entry for a definition's kind. TypeScript cannot tie a union member to its own entry,
 * so the entry is typed for any kind; each entry only ever receives definitions of its own kind.
 */
export function runOf(definition: ToolDefinition): ToolKindRun<ToolKind> {
  return TOOL_KIND_RUNS[definition.kind] as unknown as ToolKindRun<ToolKind>
}

/** The outcome of a complete run, as its kind names it for the anonymous completion event. */
export function outcomeKeyOf(result: SessionResult): string {
  return (TOOL_KIND_RUNS[result.kind] as unknown as ToolKindRun<ToolKind>).outcomeKey(result)
}
