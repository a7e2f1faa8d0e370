/**
 * The values of a Payload form, read from its form state the way the server will store them.
 * Payload's own `reduceFieldsToValues` gives an empty array field its row count (`links: 0`)
 * and lets an error the server put on a row (`definition.nodes.3`) overwrite the row with
 * `null`: the live check then saw false problems ("moet een lijst zijn") or crashed.
 */
import { unflatten } from 'payload/shared'

export interface FormFieldState {
  value?: unknown
  rows?: unknown[]
  disableFormData?: boolean
}

export function valuesFromFormState(fields: Record<string, FormFieldState | undefined>): Record<string, unknown> {
  const paths = Object.keys(fields)
  const parents = new Set<string>()
  for (const path of paths) {
    for (let dot = path.indexOf('.'); dot !== -1; dot = path.indexOf('.', dot + 1)) parents.add(path.slice(0, dot))
  }
  const flat: Record<string, unknown> = {}
  for (const path of paths) {
    const field = fields[path]
    if (!field) continue
    // A row or group the children describe, or a server error placed on it: the children win.
    if (parents.has(path)) continue
    if (Array.isArray(field.rows)) {
      flat[path] = []
      continue
    }
    if (field.disableFormData) continue
    flat[path] = field.value
  }
  return unflatten(flat) as Record<string, unknown>
}
