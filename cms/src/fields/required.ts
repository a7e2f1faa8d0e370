/**
 * A validation that refuses an empty value with a Dutch message naming the field, so the
 * editor knows what to fill in, then runs the field type's own validation (`payload/shared`).
 * Payload does not validate drafts, which may be incomplete.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
// biome-ignore lint/suspicious/noExplicitAny: Payload's validate signature differs per field type
type Validate = (value: any, options: any) => true | string | Promise<true | string>

const isEmptyRichText = (value: unknown): boolean => {
  const root = (value as { root?: { children?: unknown[] } })?.root
  if (!root) return false
  const text = JSON.stringify(root.children ?? []).match(/"text":"[^"]*\S/)
  return !text
}

export const requiredMessage =
  (message: string, base?: Validate): Validate =>
  (value, options) => {
    if (value === null || value === undefined) return message
    if (typeof value === 'string' && !value.trim()) return message
    if (Array.isArray(value) && value.length === 0) return message
    if (isEmptyRichText(value)) return message
    return base ? base(value, options) : true
  }
