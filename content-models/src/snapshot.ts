import { z } from 'zod'
import {
  checklist,
  course,
  courseModule,
  helperTip,
  landingPage,
  media,
  organisation,
  stappenplan,
  theme,
  tool,
  video,
} from './models/content'
import { siteSettings, user } from './models/settings'
import { serviceEvent } from './models/events'

/** Every model by its collection slug: the one list the CMS, the export and the sites share. */
export const collectionSchemas = {
  checklists: checklist,
  themes: theme,
  stappenplannen: stappenplan,
  videos: video,
  courses: course,
  'course-modules': courseModule,
  organisations: organisation,
  tools: tool,
  'landing-pages': landingPage,
  'helper-tips': helperTip,
  media,
  users: user,
  'service-events': serviceEvent,
} as const
export const globalSchemas = { 'site-settings': siteSettings } as const

/** Collections whose documents carry a review record (`reviewed`): computed, never listed by hand. */
export const REVIEWED_COLLECTIONS = (Object.keys(collectionSchemas) as (keyof typeof collectionSchemas)[]).filter(
  (slug) => 'review' in collectionSchemas[slug].shape,
)
export type ReviewedCollection = (typeof REVIEWED_COLLECTIONS)[number]

/** Collections whose published documents the sites are built from. */
export const SNAPSHOT_COLLECTIONS = [
  'checklists',
  'themes',
  'stappenplannen',
  'videos',
  'courses',
  'course-modules',
  'organisations',
  'tools',
  'landing-pages',
  'helper-tips',
  'media',
] as const
export type SnapshotCollection = (typeof SNAPSHOT_COLLECTIONS)[number]

export const snapshot = z.object({
  generatedAt: z.string(),
  checklists: z.array(checklist),
  themes: z.array(theme),
  stappenplannen: z.array(stappenplan),
  videos: z.array(video),
  courses: z.array(course),
  'course-modules': z.array(courseModule),
  organisations: z.array(organisation),
  tools: z.array(tool),
  'landing-pages': z.array(landingPage),
  'helper-tips': z.array(helperTip),
  media: z.array(media),
  siteSettings,
})
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
