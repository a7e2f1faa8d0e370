export type { DefinitionProblem, ProblemCode } from './problem'
export { validateDefinition, type ValidateOptions } from './validate-definition'
export { describePath } from './schema-problems'
export { questionRange, dimensionRange, type ScoreRange } from './score-range'
export {
  bandFor,
  isAtRisk,
  scoreAnswer,
  scoreDefinition,
  visibleQuestions,
  type AttentionPoint,
  type DimensionResult,
  type ScoredResult,
} from './score'
export { checkAnswer, type AnswerableQuestion } from './check-answer'
export {
  answersFor,
  enumeratePaths,
  nextNode,
  outcomeFor,
  treeIndex,
  walkTree,
  type PathEnd,
  type TreePath,
  type TreePosition,
  type TreeStep,
} from './walk-tree'
export {
  answer,
  back,
  canGoBack,
  change,
  currentQuestion,
  isComplete,
  restart,
  sessionResult,
  sessionSteps,
  startSession,
  summary,
  type AnswerOutcome,
  type SessionResult,
  type SummaryLine,
  type ToolSession,
} from './session'
export { checkSafetyRules, pathTags, type RuleOrganisation } from './safety-rules'
export { describeTreePath } from './tree-path-text'
export { treeToMermaid } from './mermaid'
export { scoredReport, textBar, type ReportOptions } from './report'
export { TOOL_KIND_ENGINES, definitionFromForm, engineOf, formFromDefinition, type EngineOptions, type ToolKindEngine } from './tool-kinds'
export { TOOL_KIND_RUNS, outcomeKeyOf, runOf, type ResultOf, type ToolKindRun } from './tool-kind-runs'
export { assemblePlan, planSteps, type AssembledPlan, type PlanSectionResult } from './plan'
