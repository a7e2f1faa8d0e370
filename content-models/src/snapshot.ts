import { z } from 'zod'
import { siteSettings } from './models/settings'
import { CONTENT_TYPES, SNAPSHOT_COLLECTIONS, type SnapshotCollection } from './content-types'

export const globalSchemas = { 'site-settings': siteSettings } as const

/** One array per snapshot collection of the content-types table, plus the site settings. */
const collectionArrays = Object.fromEntries(SNAPSHOT_COLLECTIONS.map((slug) => [slug, z.array(CONTENT_TYPES[slug].schema)])) as {
  [K in SnapshotCollection]: z.ZodArray<(typeof CONTENT_TYPES)[K]['schema']>
}

export const snapshot = z.object({ generatedAt: z.string(), ...collectionArrays, siteSettings })
export type Snapshot = z.infer<typeof snapshot>

export interface SnapshotProblem {
  /** e.g. `checklists[3] "Fraude" (slug fraude)` */
  document: string
  /** e.g. `items.2.text` */
  field: string
  message: string
}

/** Validates a snapshot and names every invalid document and field, for a build error. */
export function validateSnapshot(data: unknown): { ok: true; snapshot: Snapshot } | { ok: false; problems: SnapshotProblem[] } {
  const result = snapshot.safeParse(data)
  if (result.success) return { ok: true, snapshot: result.data }
  const raw = (data ?? {}) as Record<string, unknown>
  const problems = result.error.issues.map((issue) => {
    const [collection, index, ...rest] = issue.path.map(String)
    const docs = raw[collection]
    if (Array.isArray(docs) && index !== undefined && /^\d+$/.test(index)) {
      const doc = (docs[Number(index)] ?? {}) as { title?: string; slug?: string; alt?: string }
      const name = doc.title ?? doc.alt ?? '?'
      return {
        document: `${collection}[${index}] "${name}"${doc.slug ? ` (slug ${doc.slug})` : ''}`,
        field: rest.join('.') || '(document)',
        message: issue.message,
      }
    }
    return { document: collection ?? '(snapshot)', field: [index, ...rest].filter(Boolean).join('.') || '(root)', message: issue.message }
  })
  return { ok: false, problems }
}

export function formatSnapshotProblems(problems: SnapshotProblem[]): string {
  return problems.map((p) => `- ${p.document}: veld "${p.field}": ${p.message}`).join('\n')
}
