/**
 * One record entry per tool kind: what the island shows differently for a kind. The one tool
 * island (`ToolRunner`) looks the kind up here; TypeScript refuses the record while a kind of
 * content-models' `TOOL_KINDS` is missing, and `tool-kind-views.test.ts` checks it at run time.
 * One island for all kinds, not one per kind: Astro can only hydrate a component it sees
 * imported by name, so a per-kind island would put a branch back into `ToolPage.astro`.
 */
import type { ToolKind } from '@vsp/content-models'
import type { ResultOf, SessionResult } from '@vsp/tool-engine'
import type { ReactNode, Ref } from 'react'
import type { ToolIslandProps } from '../../content/tool-props'
import { PlanResultView } from './PlanResultView'
import { ScoredResultView } from './ScoredResultView'
import { TreeResultView } from './TreeResultView'

export interface ResultViewProps<K extends ToolKind> {
  result: ResultOf<K>
  tool: ToolIslandProps
  /** The result's heading gets the ref, so focus can move to it. */
  headingRef: Ref<HTMLHeadingElement>
}

export interface ToolKindView<K extends ToolKind> {
  /** Whether the step says "Vraag 2 van 8" (the number of steps is known) or only "Vraag 2" (a tree's path is not). */
  countsSteps: boolean
  Result: (props: ResultViewProps<K>) => ReactNode
}

export const TOOL_KIND_VIEWS: { [K in ToolKind]: ToolKindView<K> } = {
  scored: {
    countsSteps: true,
    Result: ({ result, tool, headingRef }) => <ScoredResultView title={tool.title} result={result.result} headingRef={headingRef} />,
  },
  'decision-tree': {
    countsSteps: false,
    Result: ({ result, tool, headingRef }) => (
      <TreeResultView outcome={result.outcome} organisations={tool.organisations} checklists={tool.checklists} headingRef={headingRef} />
    ),
  },
  plan: {
    countsSteps: true,
    Result: ({ result, tool, headingRef }) => (
      <PlanResultView title={tool.title} plan={result.plan} organisations={tool.organisations} headingRef={headingRef} />
    ),
  },
}

/** The entry for a kind, typed for any kind (each entry only ever gets results of its own kind). */
export function viewOf(kind: ToolKind): ToolKindView<ToolKind> {
  return TOOL_KIND_VIEWS[kind] as unknown as ToolKindView<ToolKind>
}

/** The result view of a complete run. */
export function ResultView({
  result,
  tool,
  headingRef,
}: {
  result: SessionResult
  tool: ToolIslandProps
  headingRef: Ref<HTMLHeadingElement>
}) {
  const { Result } = viewOf(result.kind)
  return <Result result={result} tool={tool} headingRef={headingRef} />
}
