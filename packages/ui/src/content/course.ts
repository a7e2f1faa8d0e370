import type { CourseModule } from '@vsp/content-models'

/** Where a module's progress is kept in the browser (under the island store's prefix). */
export const progressKey = (module: Pick<CourseModule, 'slug'>) => `cursus:${module.slug}`

/** A lesson's stable key: its CMS row id, or its position when the row has none. */
export const lessonKey = (lesson: { id?: string | null }, index: number) => lesson.id ?? `les-${index + 1}`
