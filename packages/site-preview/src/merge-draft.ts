type Doc = { id?: unknown }

/**
 * The published snapshot with one draft in it: in the place of its published version, or
 * added when it was never published. Everything else stays as the visitors see it.
 */
export function mergeDraft<S extends Record<string, unknown>>(published: S, collection: string, draft: Doc): S {
  const docs = published[collection]
  if (!Array.isArray(docs)) throw new Error(`de snapshot heeft geen collectie ${collection}`)
  const at = docs.findIndex((doc: Doc) => String(doc.id) === String(draft.id))
  const merged = at === -1 ? [...docs, draft] : docs.map((doc, i) => (i === at ? draft : doc))
  return { ...published, [collection]: merged }
}
