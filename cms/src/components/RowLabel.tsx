'use client'
/** The label of an array row or block in the admin, named by its own text (row-label-text.ts). */
import { useRowLabel } from '@payloadcms/ui'
import { rowLabelText, type ValueLabels } from './row-label-text'

export interface RowLabelProps {
  singular?: string
  kind?: string
  valueLabels?: ValueLabels
}

export function RowLabel({ singular, kind, valueLabels }: RowLabelProps) {
  const { data, rowNumber } = useRowLabel<Record<string, unknown>>()
  return <span data-row-label>{rowLabelText(data, rowNumber, { singular, kind, valueLabels })}</span>
}
