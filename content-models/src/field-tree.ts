import { z } from 'zod'
import { richText } from './common'

/** Named fields of a schema, nested for arrays and objects; used to prove the CMS has the same. */
export type FieldTree = { [name: string]: FieldTree | true }

function unwrap(schema: z.ZodType): z.ZodType {
  let s: z.ZodType = schema
  for (;;) {
    if (s instanceof z.ZodOptional || s instanceof z.ZodNullable || s instanceof z.ZodDefault) {
      s = (s as z.ZodOptional<z.ZodType>).unwrap() as z.ZodType
    } else if (s instanceof z.ZodArray) {
      s = s.element as z.ZodType
    } else return s
  }
}

export function fieldTree(schema: z.ZodType, ignore: readonly string[] = []): FieldTree {
  const s = unwrap(schema)
  const tree: FieldTree = {}
  if (s instanceof z.ZodObject) {
    for (const [name, child] of Object.entries(s.shape as Record<string, z.ZodType>)) {
      if (ignore.includes(name)) continue
      const inner = unwrap(child)
      // Rich text is one field (a Lexical document), not a group of fields.
      const nested = inner !== richText && (inner instanceof z.ZodObject || inner instanceof z.ZodDiscriminatedUnion)
      tree[name] = nested ? fieldTree(inner, ignore) : true
    }
  } else if (s instanceof z.ZodDiscriminatedUnion) {
    for (const option of s.options as z.ZodObject[]) {
      const kind = (option.shape.blockType as z.ZodLiteral<string>).value
      tree[kind] = fieldTree(option, [...ignore, 'blockType', 'blockName'])
    }
  }
  return tree
}
