/**
 * One record entry per tool kind: everything the engine does differently for a kind. The
 * session, the validation and the form conversion only look a kind up here (the session through
 * its running part, `TOOL_KIND_RUNS`), so a new kind is a new entry; TypeScript refuses the
 * records while one is missing, and `tool-kinds.test.ts` walks `TOOL_KINDS` from content-models.
 */
import type { DefinitionOf, Id, ToolDefinition, ToolFormDefinition, ToolKind } from '@vsp/content-models'
import { planForm, scoredForm, treeForm, type FormConverter, type OrganisationSlug } from './form'
import type { DefinitionProblem } from './problem'
import type { RuleOrganisation } from './safety-rules'
import { TOOL_KIND_RUNS, type ToolKindRun } from './tool-kind-runs'
import { validatePlan } from './validate-plan'
import { validateScored } from './validate-scored'
import { validateTree } from './validate-tree'

export interface EngineOptions {
  /** Slugs of the organisations collection; when given, a definition may only name these. */
  knownOrganisations?: readonly string[]
  /** The organisations with their contacts, for the safety rules of referral trees (phone numbers, names). */
  organisations?: readonly RuleOrganisation[]
}

export interface ToolKindEngine<K extends ToolKind> extends ToolKindRun<K>, FormConverter<DefinitionOf<K>> {
  /** Whether the definition holds together (its shape is checked before). */
  validate(definition: DefinitionOf<K>, options: EngineOptions): DefinitionProblem[]
}

export const TOOL_KIND_ENGINES: { [K in ToolKind]: ToolKindEngine<K> } = {
  scored: { ...TOOL_KIND_RUNS.scored, ...scoredForm, validate: (definition) => validateScored(definition) },
  'decision-tree': {
    ...TOOL_KIND_RUNS['decision-tree'],
    ...treeForm,
    validate: (definition, options) => validateTree(definition, options.knownOrganisations, options.organisations),
  },
  plan: { ...TOOL_KIND_RUNS.plan, ...planForm, validate: (definition, options) => validatePlan(definition, options.knownOrganisations) },
}

/** The entry for a definition's kind, typed for any kind (see `runOf`). */
export function engineOf(definition: ToolDefinition): ToolKindEngine<ToolKind> {
  return TOOL_KIND_ENGINES[definition.kind] as unknown as ToolKindEngine<ToolKind>
}

export function definitionFromForm(
  kind: ToolKind,
  form: ToolFormDefinition | null | undefined,
  organisationSlug: OrganisationSlug,
): unknown {
  // An unknown kind stays unknown: the validation says which kinds there are.
  return TOOL_KIND_ENGINES[kind]?.fromForm(form, organisationSlug) ?? { kind }
}

export function formFromDefinition(definition: ToolDefinition, organisationId: (slug: string) => Id | undefined): ToolFormDefinition {
  return engineOf(definition).toForm(definition, organisationId)
}
