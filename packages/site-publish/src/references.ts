import type { SnapshotCollection } from '@vsp/content-models'
import { refId } from '@vsp/ui'

/**
 * The fields that hold a relationship, and the collection each points to (content-models: `ref`
 * in the checklist items, videos, course modules and landing blocks). A related-block entry names
 * its collection itself (`relationTo`, `value`). Media are not here: a change to media is a full build.
 */
const REF_FIELDS: Record<string, SnapshotCollection> = { theme: 'themes', course: 'courses', video: 'videos', tool: 'tools' }

/** `collection:id` */
export type DocKey = string
export const docKey = (collection: string, id: unknown): DocKey => `${collection}:${String(id)}`

function collect(value: unknown, into: Set<DocKey>): void {
  if (Array.isArray(value)) {
    for (const item of value) collect(item, into)
    return
  }
  if (!value || typeof value !== 'object') return
  const record = value as Record<string, unknown>
  if (typeof record.relationTo === 'string' && 'value' in record) {
    const id = refId(record.value)
    if (id !== undefined) into.add(docKey(record.relationTo, id))
  }
  for (const [key, field] of Object.entries(record)) {
    const target = REF_FIELDS[key]
    const id = target ? refId(field) : undefined
    if (target && id !== undefined) into.add(docKey(target, id))
    else collect(field, into)
  }
}

/** The documents a document refers to, as `collection:id`. */
export function referencedDocs(doc: unknown): Set<DocKey> {
  const keys = new Set<DocKey>()
  collect(doc, keys)
  return keys
}

export interface Referrer {
  collection: SnapshotCollection
  doc: Record<string, unknown>
}

/** For each document (`collection:id`), the documents that refer to it (a checklist item's theme, a landing page's video block). */
export function referrers(collections: Partial<Record<SnapshotCollection, readonly object[]>>): Map<DocKey, Referrer[]> {
  const map = new Map<DocKey, Referrer[]>()
  for (const [collection, docs] of Object.entries(collections) as [SnapshotCollection, readonly object[]][]) {
    for (const doc of docs) {
      for (const key of referencedDocs(doc)) {
        let list = map.get(key)
        if (!list) map.set(key, (list = []))
        list.push({ collection, doc: doc as Record<string, unknown> })
      }
    }
  }
  return map
}
