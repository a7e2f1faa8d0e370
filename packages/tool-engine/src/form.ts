/**
 * Converts between the CMS form of a tool (`ToolFormDefinition`: Payload blocks, organisation
 * relationships) and the definition the engine evaluates (`ToolDefinition`: kinds, slugs).
 * Pure: the caller passes the organisation id ↔ slug lookups.
 */
import type { Id, ToolDefinition, ToolFormDefinition, ToolKind } from '@vsp/content-models'

type Ref = Id | { id: Id; slug?: string }

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

export function definitionFromForm(
  kind: ToolKind,
  form: ToolFormDefinition | null | undefined,
  organisationSlug: (ref: Ref) => string | undefined,
): unknown {
  if (kind === 'scored') {
    return {
      kind,
      dimensions: form?.dimensions ?? [],
      questions: (form?.questions ?? []).map((q) => {
        const question = fromBlock(q) as Record<string, unknown> & { showIf?: { question?: string | null } | null }
        if (!hasCondition(question.showIf)) delete question.showIf
        return question
      }),
    }
  }
  // An unknown id becomes a marker the validation reports as a missing organisation.
  const slugOf = (ref: Ref) => organisationSlug(ref) ?? `onbekend-${typeof ref === 'object' ? ref.id : ref}`
  return {
    kind,
    start: form?.start ?? '',
    nodes: (form?.nodes ?? []).map((node) => {
      if (node.blockType !== 'outcome') return fromBlock(node)
      return { ...fromBlock(node), organisations: node.organisations.map((o) => ({ ...o, organisation: slugOf(o.organisation as Ref) })) }
    }),
    safetyRules: (form?.safetyRules ?? []).map((rule) => ({
      ...rule,
      when: { allTags: rule.when?.allTags ?? [] },
      then: {
        ...rule.then,
        mustNameFirst: rule.then.mustNameFirst == null ? null : slugOf(rule.then.mustNameFirst as Ref),
        mustName: (rule.then.mustName ?? []).map((ref) => slugOf(ref as Ref)),
      },
    })),
  }
}

export function formFromDefinition(definition: ToolDefinition, organisationId: (slug: string) => Id | undefined): ToolFormDefinition {
  if (definition.kind === 'scored') {
    return { dimensions: definition.dimensions, questions: definition.questions.map(toBlock) as ToolFormDefinition['questions'] }
  }
  const idOf = (slug: string) => {
    const id = organisationId(slug)
    if (id === undefined) throw new Error(`Organisatie "${slug}" bestaat niet`)
    return id
  }
  return {
    start: definition.start,
    nodes: definition.nodes.map((node) => {
      if (node.kind !== 'outcome') return toBlock(node)
      return {
        ...toBlock(node),
        organisations: node.organisations.map((o) => ({ ...o, organisation: idOf(o.organisation) })),
      }
    }) as ToolFormDefinition['nodes'],
    safetyRules: (definition.safetyRules ?? []).map((rule) => ({
      ...rule,
      then: {
        ...rule.then,
        mustNameFirst: rule.then.mustNameFirst ? idOf(rule.then.mustNameFirst) : null,
        mustName: (rule.then.mustName ?? []).map(idOf),
      },
    })),
  }
}
