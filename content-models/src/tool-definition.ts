/**
 * Tool definitions: what an editor writes and the tool engine evaluates. Three kinds:
 * - `scored`: a questionnaire (self-scan, listening test, quickscan) that adds up points per
 *   dimension and shows the band each dimension falls into;
 * - `decision-tree`: a referral tree in which each answer leads to the next step, ending in an
 *   outcome that names organisations;
 * - `plan`: a guided plan (start een steungroep) whose answers each add items to named
 *   sections; the result is the assembled plan, to print.
 * The kinds are the members of `toolDefinition` below; `TOOL_KINDS` is derived from it, and
 * the engine, the islands and the CMS each keep one record entry per kind.
 * Arrays of objects with a `key` and a `kind` discriminator map one-to-one onto Payload array
 * and blocks fields. The schema checks shapes only; whether the definition holds together
 * (branches, bands, conditions) is checked by `validateDefinition` in `@vsp/tool-engine`,
 * which names each problem in words an editor understands.
 */
import { z } from 'zod'
import { DELICTS } from './constants'

/** A stable identifier inside one definition: used in answers, conditions and branches. */
export const toolKey = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'alleen kleine letters, cijfers en streepjes')

const rowId = z.string().nullish()

export const toolLink = z.object({ id: rowId, label: z.string().min(1), href: z.string().min(1) })
export type ToolLink = z.infer<typeof toolLink>

// ── Scored questionnaires ─────────────────────────────────────────────────────────────────

export const choiceOption = z.object({
  id: rowId,
  key: toolKey,
  label: z.string().min(1),
  /** Points this answer adds to the question's dimension (whole numbers keep bands exact). */
  score: z.number().int(),
  /** Choosing this answer puts the question's attention point on the result. */
  atRisk: z.boolean().nullish(),
  /** Multiple choice: this answer ("geen van deze") cannot be combined with others. */
  exclusive: z.boolean().nullish(),
})
export type ChoiceOption = z.infer<typeof choiceOption>

/** A numeric range, both ends inclusive and optional. */
export const numericRange = z.object({ min: z.number().nullish(), max: z.number().nullish() })
export type NumericRange = z.infer<typeof numericRange>

/** Show a question only after an earlier answer: one of these options, or a number in range. */
export const showIf = z.object({
  question: toolKey,
  /** Choice questions: shown when one of these options was chosen. */
  anyOf: z.array(toolKey).nullish(),
  /** Scale and number questions: shown when the answer lies in this range. */
  min: z.number().nullish(),
  max: z.number().nullish(),
})
export type ShowIf = z.infer<typeof showIf>

const questionBase = {
  id: rowId,
  key: toolKey,
  /** The dimension (theme) this question's points count towards. */
  dimension: toolKey,
  text: z.string().min(1),
  help: z.string().nullish(),
  showIf: showIf.nullish(),
  /** What to work on when this question is answered at risk (shown on the result). */
  attentionPoint: z.string().nullish(),
}

export const singleQuestion = z.object({
  ...questionBase,
  kind: z.literal('single'),
  options: z.array(choiceOption),
})
export const multipleQuestion = z.object({
  ...questionBase,
  kind: z.literal('multiple'),
  options: z.array(choiceOption),
})
export const scaleQuestion = z.object({
  ...questionBase,
  kind: z.literal('scale'),
  min: z.number().int(),
  max: z.number().int(),
  minLabel: z.string().min(1),
  maxLabel: z.string().min(1),
  /** Points per step above `min`; with `reverse`, per step below `max`. */
  weight: z.number().int(),
  reverse: z.boolean().nullish(),
  /** Answers in this range are at risk. */
  riskAt: numericRange.nullish(),
})
export const numberQuestion = z.object({
  ...questionBase,
  kind: z.literal('number'),
  min: z.number(),
  max: z.number(),
  unit: z.string().nullish(),
  /** Points from each threshold upwards; the highest threshold not above the answer counts. */
  scoring: z.array(z.object({ id: rowId, from: z.number(), score: z.number().int() })).min(1),
  riskAt: numericRange.nullish(),
})
export const scoredQuestion = z.discriminatedUnion('kind', [singleQuestion, multipleQuestion, scaleQuestion, numberQuestion])
export type SingleQuestion = z.infer<typeof singleQuestion>
export type MultipleQuestion = z.infer<typeof multipleQuestion>
export type ScaleQuestion = z.infer<typeof scaleQuestion>
export type NumberQuestion = z.infer<typeof numberQuestion>
export type ScoredQuestion = z.infer<typeof scoredQuestion>
export type ScoredQuestionKind = ScoredQuestion['kind']

export const resultBand = z.object({
  id: rowId,
  key: toolKey,
  label: z.string().min(1),
  /** Inclusive score range of this band. */
  min: z.number().int(),
  max: z.number().int(),
  advice: z.string().min(1),
  links: z.array(toolLink).nullish(),
})
export type ResultBand = z.infer<typeof resultBand>

export const dimension = z.object({
  id: rowId,
  key: toolKey,
  label: z.string().min(1),
  description: z.string().nullish(),
  bands: z.array(resultBand),
})
export type Dimension = z.infer<typeof dimension>

export const scoredDefinition = z.object({
  kind: z.literal('scored'),
  dimensions: z.array(dimension).min(1),
  questions: z.array(scoredQuestion).min(1),
})
export type ScoredDefinition = z.infer<typeof scoredDefinition>

// ── Decision trees ────────────────────────────────────────────────────────────────────────

export const treeOption = z.object({
  id: rowId,
  key: toolKey,
  label: z.string().min(1),
  /** Key of the next step; empty while the editor has not chosen one (a dead end). */
  next: z.string(),
  /** What choosing this answer says about the situation (`seksueel-geweld`, `recent`…): safety rules select paths by these. */
  tags: z.array(toolKey).nullish(),
})
export type TreeOption = z.infer<typeof treeOption>

export const treeQuestionNode = z.object({
  id: rowId,
  kind: z.literal('question'),
  key: toolKey,
  text: z.string().min(1),
  help: z.string().nullish(),
  options: z.array(treeOption),
})
export type TreeQuestionNode = z.infer<typeof treeQuestionNode>

export const outcomeOrganisation = z.object({
  id: rowId,
  /** Slug of a document in the organisations collection. */
  organisation: z.string().min(1),
  why: z.string().min(1),
})
export type OutcomeOrganisation = z.infer<typeof outcomeOrganisation>

export const treeOutcomeNode = z.object({
  id: rowId,
  kind: z.literal('outcome'),
  key: toolKey,
  title: z.string().min(1),
  advice: z.string().min(1),
  organisations: z.array(outcomeOrganisation),
  /** Act now: the result page puts this first and shows it as urgent. */
  urgent: z.boolean().nullish(),
  /** The checklists this outcome belongs to, so the result can link to them. */
  delicts: z.array(z.enum(DELICTS)).nullish(),
  links: z.array(toolLink).nullish(),
})
export type TreeOutcomeNode = z.infer<typeof treeOutcomeNode>

export const treeNode = z.discriminatedUnion('kind', [treeQuestionNode, treeOutcomeNode])
export type TreeNode = z.infer<typeof treeNode>

/**
 * A safety rule (vangnetregel): on every path whose answers together carry all `when.allTags`
 * (every path when there are none), the outcome must do what `then` asks. Data only, so editors
 * keep the rules with the tree; `checkSafetyRules` in `@vsp/tool-engine` walks every path.
 */
export const safetyRule = z.object({
  id: rowId,
  /** How the editor and the error messages name the rule. */
  name: z.string().min(1),
  when: z.object({ allTags: z.array(toolKey).nullish() }).nullish(),
  then: z.object({
    /** The outcome is marked urgent ("Spoed: nu handelen"). */
    urgent: z.boolean().nullish(),
    /** The outcome names this organisation (slug) first. */
    mustNameFirst: z.string().nullish(),
    /** The outcome names each of these organisations (slugs), in any place. */
    mustName: z.array(z.string().min(1)).nullish(),
    /** The outcome names at least this many organisations that have a phone number. */
    minPhoneOrganisations: z.number().int().min(1).nullish(),
  }),
})
export type SafetyRule = z.infer<typeof safetyRule>

export const decisionTreeDefinition = z.object({
  kind: z.literal('decision-tree'),
  start: z.string().min(1),
  nodes: z.array(treeNode).min(1),
  safetyRules: z.array(safetyRule).nullish(),
})
export type DecisionTreeDefinition = z.infer<typeof decisionTreeDefinition>

// ── Plans ─────────────────────────────────────────────────────────────────────────────────

/** One line of the plan, placed in a section. Text may be empty in the schema: the engine names it. */
export const planItem = z.object({ id: rowId, section: toolKey, text: z.string() })
export type PlanItem = z.infer<typeof planItem>

export const planSection = z.object({
  id: rowId,
  key: toolKey,
  title: z.string().min(1),
  intro: z.string().nullish(),
  /** Lines every plan gets in this section, whatever the answers. */
  items: z.array(z.object({ id: rowId, text: z.string() })).nullish(),
  /** Empty lines on the printed plan, to write names and numbers on by hand (never typed in). */
  writeIn: z.number().int().min(0).max(12).nullish(),
})
export type PlanSection = z.infer<typeof planSection>

export const planOption = z.object({
  id: rowId,
  key: toolKey,
  label: z.string().min(1),
  /** Multiple choice: this answer cannot be combined with others. */
  exclusive: z.boolean().nullish(),
  /** What choosing this answer adds to the plan. */
  items: z.array(planItem),
})
export type PlanOption = z.infer<typeof planOption>

const planQuestionBase = { id: rowId, key: toolKey, text: z.string().min(1), help: z.string().nullish(), options: z.array(planOption) }
/** Choose one answer. */
export const planSingleQuestion = z.object({ ...planQuestionBase, kind: z.literal('single') })
/** Choose any number of answers. */
export const planMultipleQuestion = z.object({ ...planQuestionBase, kind: z.literal('multiple') })
export const planQuestion = z.discriminatedUnion('kind', [planSingleQuestion, planMultipleQuestion])
export type PlanQuestion = z.infer<typeof planQuestion>

export const planDefinition = z.object({
  kind: z.literal('plan'),
  sections: z.array(planSection).min(1),
  steps: z.array(planQuestion).min(1),
  /** Who the helper can call, shown under the plan (slugs of the organisations collection). */
  organisations: z.array(outcomeOrganisation).nullish(),
})
export type PlanDefinition = z.infer<typeof planDefinition>

// ── Any kind ──────────────────────────────────────────────────────────────────────────────

const definitions = [scoredDefinition, decisionTreeDefinition, planDefinition] as const
export const toolDefinition = z.discriminatedUnion('kind', [...definitions])
export type ToolDefinition = z.infer<typeof toolDefinition>
export type ToolKind = ToolDefinition['kind']
/** The definition of one kind: `DefinitionOf<'plan'>` is `PlanDefinition`. */
export type DefinitionOf<K extends ToolKind> = Extract<ToolDefinition, { kind: K }>

/** Every tool kind, in the order the admin offers them; derived from the union above, so written once. */
export const TOOL_KINDS = definitions.map((definition) => definition.shape.kind.value) as [ToolKind, ...ToolKind[]]

/** A visitor's answers, by question (or tree node) key. */
export type ToolAnswer = string | string[] | number
export type ToolAnswers = Record<string, ToolAnswer>
