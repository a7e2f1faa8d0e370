/**
 * Converts between the CMS form of a tool (`ToolFormDefinition`: Payload blocks, organisation
 * relationships) and the definition the engine evaluates (`ToolDefinition`: kinds, slugs), one
 * converter per kind. Pure: the caller passes the organisation id ↔ slug lookups.
 * `definitionFromForm`/`formFromDefinition` in `tool-kinds.ts` pick the converter by kind.
 */
import type { DecisionTreeDefinition, Id, PlanDefinition, ScoredDefinition, ToolFormDefinition } from '@vsp/content-models'

export type Ref = Id | { id: Id; slug?: string }
export type OrganisationSlug = (ref: Ref) => string | undefined
export type OrganisationId = (slug: string) => Id | undefined

/** One kind's way between the CMS form and its definition. */
export interface FormConverter<D> {
  /** Unchecked: the result goes to `validateDefinition`, which names what is wrong. */
  fromForm: (form: ToolFormDefinition | null | undefined, organisationSlug: OrganisationSlug) => unknown
  /** Throws when the definition names an organisation that has no id. */
  toForm: (definition: D, organisationId: OrganisationId) => ToolFormDefinition
}

/** Drops Payload's bookkeeping (`blockType`, `blockName`, empty groups) and renames to `kind`. */
function fromBlock<T extends { blockType: string; blockName?: string | null }>(block: T) {
  const { blockType, blockName: _name, ...rest } = block
  return { ...rest, kind: blockType }
}

function toBlock<T extends { kind: string }>(item: T) {
  const { kind, ...rest } = item
  return { ...rest, blockType: kind }
}

const hasCondition = (showIf: { question?: string | null } | null | undefined) => Boolean(showIf?.question)

type FormOrganisation = { organisation: unknown }

/** Relationship id → slug; an unknown id becomes a marker the validation reports as a missing organisation. */
const slugOrMarker = (ref: Ref, organisationSlug: OrganisationSlug) =>
  organisationSlug(ref) ?? `onbekend-${typeof ref === 'object' ? (ref as { id: Id }).id : ref}`

function idOrThrow(slug: string, organisationId: OrganisationId): Id {
  const id = organisationId(slug)
  if (id === undefined) throw new Error(`Organisatie "${slug}" bestaat niet`)
  return id
}

function organisationsFromForm<T extends FormOrganisation>(entries: T[], organisationSlug: OrganisationSlug) {
  return entries.map((o) => ({ ...o, organisation: slugOrMarker(o.organisation as Ref, organisationSlug) }))
}

function organisationsToForm<T extends { organisation: string }>(entries: T[], organisationId: OrganisationId) {
  return entries.map((o) => ({ ...o, organisation: idOrThrow(o.organisation, organisationId) }))
}

export const scoredForm: FormConverter<ScoredDefinition> = {
  fromForm: (form) => ({
    kind: 'scored',
    dimensions: form?.dimensions ?? [],
    questions: (form?.questions ?? []).map((q) => {
      if (q == null) return q
      const question = fromBlock(q) as Record<string, unknown> & { showIf?: { question?: string | null } | null }
      if (!hasCondition(question.showIf)) delete question.showIf
      return question
    }),
  }),
  toForm: (definition) => ({
    dimensions: definition.dimensions,
    questions: definition.questions.map(toBlock) as ToolFormDefinition['questions'],
  }),
}

export const treeForm: FormConverter<DecisionTreeDefinition> = {
  fromForm: (form, organisationSlug) => ({
    kind: 'decision-tree',
    start: form?.start ?? '',
    nodes: (form?.nodes ?? []).map((node) => {
      // A row the form has lost (null) stays in place, so the schema names it and indices hold.
      if (node == null) return node
      if (node.blockType !== 'outcome') return fromBlock(node)
      return { ...fromBlock(node), organisations: organisationsFromForm(node.organisations, organisationSlug) }
    }),
    ...(form?.safetyRules && {
      safetyRules: form.safetyRules.map((rule) => ({
        ...rule,
        when: { allTags: rule.when?.allTags ?? [] },
        then: {
          ...rule.then,
          mustNameFirst: rule.then.mustNameFirst == null ? null : slugOrMarker(rule.then.mustNameFirst as Ref, organisationSlug),
          mustName: (rule.then.mustName ?? []).map((ref) => slugOrMarker(ref as Ref, organisationSlug)),
        },
      })),
    }),
  }),
  toForm: (definition, organisationId) => ({
    start: definition.start,
    nodes: definition.nodes.map((node) => {
      if (node.kind !== 'outcome') return toBlock(node)
      return { ...toBlock(node), organisations: organisationsToForm(node.organisations, organisationId) }
    }) as ToolFormDefinition['nodes'],
    ...(definition.safetyRules && {
      safetyRules: definition.safetyRules.map((rule) => ({
        ...rule,
        then: {
          ...rule.then,
          mustNameFirst: rule.then.mustNameFirst ? idOrThrow(rule.then.mustNameFirst, organisationId) : null,
          mustName: (rule.then.mustName ?? []).map((slug) => idOrThrow(slug, organisationId)),
        },
      })),
    }),
  }),
}

export const planForm: FormConverter<PlanDefinition> = {
  fromForm: (form, organisationSlug) => ({
    kind: 'plan',
    sections: form?.sections ?? [],
    steps: form?.steps ?? [],
    organisations: organisationsFromForm(form?.organisations ?? [], organisationSlug),
  }),
  toForm: (definition, organisationId) => ({
    sections: definition.sections,
    steps: definition.steps,
    organisations: organisationsToForm(definition.organisations ?? [], organisationId),
  }),
}
