import type { Payload, Where } from 'payload'

export type Tally = Record<string, { created: number; present: number }>

/**
 * Creates a document unless one with the same key exists. The seed never overwrites: a second
 * run changes nothing, and an editor's later changes to seeded content survive a re-seed.
 * An upload passes its file as `$file` beside the fields.
 */
export async function ensureDocument(
  payload: Payload,
  tally: Tally,
  collection: string,
  where: Where,
  create: () => Promise<Record<string, unknown>>,
): Promise<string | number> {
  const counts = (tally[collection] ??= { created: 0, present: 0 })
  const existing = await payload.find({
    collection: collection as 'checklists',
    where,
    limit: 1,
    depth: 0,
    draft: true,
    pagination: false,
  })
  if (existing.docs[0]) {
    counts.present++
    return existing.docs[0].id
  }
  const { $file, ...data } = await create()
  const file = $file as { name: string; mimetype: string; data: Buffer } | undefined
  const doc = await payload.create({
    collection: collection as 'checklists',
    data: data as never,
    draft: data._status === 'draft',
    depth: 0,
    ...(file ? { file: { ...file, size: file.data.length } } : {}),
  })
  counts.created++
  return doc.id
}

export const bySlug = (slug: string, site: string): Where => ({
  and: [{ slug: { equals: slug } }, { site: { equals: site } }],
})
