import { z } from 'zod'
import { SITES } from './constants'

/** Database ids: numbers on SQLite and PostgreSQL, strings if an adapter ever uses them. */
export const id = z.union([z.number(), z.string()])
export type Id = z.infer<typeof id>

/** A relationship as stored in the snapshot: the id (depth 0) or the populated document. */
export const ref = z.union([id, z.object({ id }).loose()])

/** Lexical editor state as Payload stores it; the rich-text pipeline walks its nodes. */
export const richText = z
  .object({
    root: z.object({ type: z.literal('root'), children: z.array(z.any()) }).loose(),
  })
  .loose()
export type RichText = z.infer<typeof richText>

export const slug = z
  .string()
  .min(1)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'alleen kleine letters, cijfers en streepjes')

/** Fields every content document has: what it is called, where it lives, and on which site. */
export const contentBase = {
  title: z.string().min(1),
  slug,
  site: z.enum(SITES),
  summary: z.string().nullish(),
}

/** Fields Payload adds itself; not part of the model and not compared with the CMS. */
export const systemFields = {
  id,
  createdAt: z.string().optional(),
  updatedAt: z.string().optional(),
  _status: z.enum(['draft', 'published']).nullish(),
}
export const SYSTEM_FIELD_NAMES = Object.keys(systemFields)
