/**
 * Every field of a field tree, nested ones included (rows, collapsibles, tabs, groups, arrays,
 * blocks), with the path an editor would follow to it. For checks over the whole config.
 */
import type { Block, Field } from 'payload'

export interface FieldVisit {
  field: Field
  path: string
}

export function* walkFields(fields: readonly Field[], parent = ''): Generator<FieldVisit> {
  for (const field of fields) {
    const name = 'name' in field && field.name ? field.name : ''
    const path = name ? (parent ? `${parent}.${name}` : name) : parent
    yield { field, path }
    if (field.type === 'tabs') {
      for (const tab of field.tabs)
        yield* walkFields(tab.fields, 'name' in tab && tab.name ? (path ? `${path}.${tab.name}` : tab.name) : path)
    } else if (field.type === 'blocks') {
      for (const block of field.blocks as Block[]) yield* walkFields(block.fields, `${path}.${block.slug}`)
    } else if ('fields' in field && Array.isArray(field.fields)) {
      yield* walkFields(field.fields, path)
    }
  }
}
