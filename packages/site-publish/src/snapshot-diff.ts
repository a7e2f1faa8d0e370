import { SNAPSHOT_COLLECTIONS, type Snapshot, type SnapshotCollection } from '@vsp/content-models'

type Doc = { id: unknown } & Record<string, unknown>

/** One document that differs between two snapshots: created (no `before`), deleted (no `after`) or changed. */
export interface DocumentChange {
  collection: SnapshotCollection
  id: string
  before?: Doc
  after?: Doc
  /** The top-level fields whose value differs; every field of a created or deleted document. */
  fields: string[]
}

export interface SnapshotDiff {
  documents: DocumentChange[]
  /** The global shown on every page (navigation, footer, contact lines). */
  siteSettings: boolean
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)

/**
 * Each document's JSON, computed once per document object: a worker diffs each new snapshot
 * with the one before, whose documents it has then seen already (10,000 pages: 1 s → 0.3 s).
 */
const jsonOf = new WeakMap<object, string>()
function docJson(doc: Doc): string {
  let json = jsonOf.get(doc)
  if (json === undefined) jsonOf.set(doc, (json = JSON.stringify(doc)))
  return json
}

function byId(docs: readonly object[] | undefined): Map<string, Doc> {
  return new Map((docs ?? []).map((doc) => [String((doc as Doc).id), doc as Doc]))
}

/**
 * What differs between the snapshot a site was built from and the new one, per document. The
 * snapshot's `generatedAt` is left out: no page shows it (checked by the incremental-equals-full
 * test, which would fail on a page that did).
 */
export function diffSnapshots(before: Snapshot, after: Snapshot): SnapshotDiff {
  const documents: DocumentChange[] = []
  for (const collection of SNAPSHOT_COLLECTIONS) {
    const old = byId(before[collection])
    const next = byId(after[collection])
    for (const [id, doc] of next) {
      const previous = old.get(id)
      if (!previous) {
        documents.push({ collection, id, after: doc, fields: Object.keys(doc) })
        continue
      }
      if (docJson(previous) === docJson(doc)) continue
      const keys = [...new Set([...Object.keys(previous), ...Object.keys(doc)])]
      const fields = keys.filter((key) => !same(previous[key], doc[key]))
      if (fields.length) documents.push({ collection, id, before: previous, after: doc, fields })
    }
    for (const [id, doc] of old) if (!next.has(id)) documents.push({ collection, id, before: doc, fields: Object.keys(doc) })
  }
  return { documents, siteSettings: !same(before.siteSettings, after.siteSettings) }
}
