/**
 * One record entry per tool kind for the admin: the kind's name in the "Soort tool" select and
 * its fields in the definition group, each kind's fields in a file of their own. The fields of a
 * kind show only when that kind is chosen. `cms/test/tool-kinds.test.ts` checks that every kind
 * of content-models' `TOOL_KINDS` has an entry, and the content-models test that the fields match.
 */
import type { Field } from 'payload'
import { TOOL_KINDS, type ToolKind } from '@vsp/content-models'
import { planFields } from './plan-fields'
import { scoredFields } from './scored-fields'
import { treeFields } from './tree-fields'

export interface ToolKindFields {
  /** The kind's name in the "Soort tool" select. */
  label: string
  /** Its fields inside the "Vragen en uitkomsten" group, without conditions (added here). */
  fields: Field[]
}

export const TOOL_KIND_FIELDS: Record<ToolKind, ToolKindFields> = {
  scored: scoredFields,
  'decision-tree': treeFields,
  plan: planFields,
}

const isKind = (kind: ToolKind) => (data: Record<string, unknown>) => data?.kind === kind

export const toolKindOptions = TOOL_KINDS.map((kind) => ({ value: kind, label: TOOL_KIND_FIELDS[kind].label }))

/** Every kind's fields, each shown only for its own kind. */
export const definitionFields: Field[] = TOOL_KINDS.flatMap((kind) =>
  TOOL_KIND_FIELDS[kind].fields.map((field) => ({ ...field, admin: { ...field.admin, condition: isKind(kind) } }) as Field),
)
