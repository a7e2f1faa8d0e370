/**
 * Gives every array row and block in a field tree the admin label `RowLabel` (its own text,
 * cms/src/components/row-label-text.ts) instead of Payload's "Phase 01". Applied to the whole
 * config once, so a new list gets it without anyone remembering.
 */
import type { Block, Field } from 'payload'
import type { RowLabelProps } from '../components/RowLabel'
import type { ValueLabels } from '../components/row-label-text'

const ROW_LABEL = '/components/RowLabel#RowLabel'

const text = (label: unknown) => (typeof label === 'string' ? label : undefined)

/** The words of each select in the row, for a row that has no text of its own to show. */
function valueLabelsOf(fields: Field[]): ValueLabels | undefined {
  const entries = fields.flatMap((field) => {
    if (field.type !== 'select') return []
    const labels = Object.fromEntries(
      field.options.flatMap((option) =>
        typeof option === 'object' && typeof option.label === 'string' ? [[option.value, option.label]] : [],
      ),
    )
    return Object.keys(labels).length ? [[field.name, labels] as const] : []
  })
  return entries.length ? Object.fromEntries(entries) : undefined
}

function component(clientProps: RowLabelProps) {
  return { path: ROW_LABEL, clientProps: Object.fromEntries(Object.entries(clientProps).filter(([, v]) => v !== undefined)) }
}

function withBlockLabel(block: Block): Block {
  const fields = withRowLabels(block.fields)
  const Label = component({ kind: text(block.labels?.singular), valueLabels: valueLabelsOf(block.fields) })
  return { ...block, fields, admin: { ...block.admin, components: { Label, ...block.admin?.components } } }
}

export function withRowLabels(fields: Field[]): Field[] {
  return fields.map((field): Field => {
    switch (field.type) {
      case 'array': {
        const RowLabel = component({ singular: text(field.labels?.singular), valueLabels: valueLabelsOf(field.fields) })
        return {
          ...field,
          fields: withRowLabels(field.fields),
          admin: { ...field.admin, components: { RowLabel, ...field.admin?.components } },
        }
      }
      case 'blocks':
        return { ...field, blocks: (field.blocks as Block[]).map(withBlockLabel) }
      case 'tabs':
        return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: withRowLabels(tab.fields) })) }
      case 'group':
      case 'row':
      case 'collapsible':
        return { ...field, fields: withRowLabels(field.fields) } as Field
      default:
        return field
    }
  })
}
