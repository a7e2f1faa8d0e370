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
  return {
    kind,
    start: form?.start ?? '',
    nodes: (form?.nodes ?? []).map((node) => {
      if (node.blockType !== 'outcome') return fromBlock(node)
      return {
        ...fromBlock(node),
        organisations: node.organisations.map((o) => ({
          ...o,
          // An unknown id becomes a marker the validation reports as a missing organisation.
          organisation: organisationSlug(o.organisation as Ref) ?? `onbekend-${typeof o.organisation === 'object' ? o.organisation.id : o.organisation}`,
        })),
      }
    }),
  }
}

export function formFromDefinition(definition: ToolDefinition, organisationId: (slug: string) => Id | undefined): ToolFormDefinition {
  if (definition.kind === 'scored') {
    return { dimensions: definition.dimensions, questions: definition.questions.map(toBlock) as ToolFormDefinition['questions'] }
  }
  return {
    start: definition.start,
    nodes: definition.nodes.map((node) => {
      if (node.kind !== 'outcome') return toBlock(node)
      return {
        ...toBlock(node),
        organisations: node.organisations.map((o) => {
          const id = organisationId(o.organisation)
          if (id === undefined) throw new Error(`Organisatie "${o.organisation}" bestaat niet`)
          return { ...o, organisation: id }
        }),
      }
    }) as ToolFormDefinition['nodes'],
  }
}
