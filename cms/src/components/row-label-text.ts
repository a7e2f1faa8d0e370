/**
 * What a row of a list is called in the admin: its own text ("Bel 112", "Acute fase") rather
 * than Payload's "Phase 01". The first filled-in text field of the row, in this order; else the
 * words of a chosen select value ("Acute fase"); else the list's singular label and the row's number.
 */
const NAMING_FIELDS = [
  'title',
  'text',
  'label',
  'name',
  'term',
  'question',
  'heading',
  'key',
  'value',
  'why',
  'advice',
  'url',
  'href',
] as const

const MAX_LENGTH = 80

/** Select values that read better as words (the fase of a stappenplan). */
export type ValueLabels = Record<string, Record<string, string>>

export function rowLabelText(
  data: Record<string, unknown> | null | undefined,
  rowIndex: number | undefined,
  options: { singular?: string; kind?: string; valueLabels?: ValueLabels } = {},
): string {
  const number = String((rowIndex ?? 0) + 1).padStart(2, '0')
  const fallback = `${options.singular ?? 'Rij'} ${number}`
  const prefix = options.kind ? `${options.kind}: ` : ''
  for (const field of NAMING_FIELDS) {
    const value = data?.[field]
    if (typeof value === 'string' && value.trim()) return `${prefix}${shorten(value.trim())}`
  }
  for (const [field, labels] of Object.entries(options.valueLabels ?? {})) {
    const value = data?.[field]
    if (typeof value === 'string' && labels[value]) return `${prefix}${labels[value]}`
  }
  return options.kind ? `${options.kind} ${number}` : fallback
}

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ')
  return flat.length <= MAX_LENGTH ? flat : `${flat.slice(0, MAX_LENGTH - 1).trimEnd()}…`
}
