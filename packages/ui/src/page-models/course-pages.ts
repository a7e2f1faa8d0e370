import type { CourseModule } from '@vsp/content-models'
import type { SiteUrls } from '../content/urls'
import { CLEAR_DATA_LABEL, LESSON_DONE_LABEL, lessonsDone, STORED_NOTICE } from '../islands/island-text'
import { richContent, withSearch, type PageSearch } from './page-document'

export const LESSONS_HEADING = 'Lessen'
export const moduleLevel = (module: Pick<CourseModule, 'level'>) => (module.level === 'basis' ? 'Basismodule' : 'Verdiepende module')

/** A course module's page: level and length, the start button, its lessons with the progress island. */
export function modulePage(module: CourseModule, urls: SiteUrls) {
  const url = urls.module(module)
  const eyebrow = `${moduleLevel(module)} · ${module.durationMinutes} minuten`
  const search: PageSearch = {
    url,
    title: module.title,
    kind: 'cursus',
    text: [
      eyebrow,
      module.summary,
      'Begin met les 1',
      LESSONS_HEADING,
      lessonsDone(0, module.lessons.length),
      module.lessons.map((lesson, i) => `Les ${i + 1}: ${lesson.title}`),
      STORED_NOTICE,
      CLEAR_DATA_LABEL,
    ],
    headings: [LESSONS_HEADING],
  }
  return { url, title: module.title, description: module.summary, kind: 'cursus' as const, eyebrow, lead: module.summary, search }
}

/** One lesson's page: where it sits in the module, its body, the done marker (navigation is chrome). */
export function lessonPage(module: CourseModule, index: number, urls: SiteUrls) {
  const lesson = module.lessons[index]
  const url = urls.lesson(module, index)
  const eyebrow = `${module.title} · Les ${index + 1} van ${module.lessons.length}`
  const search = (): PageSearch => {
    const body = richContent(lesson.body, { headingOffset: 1 })
    return {
      url,
      title: lesson.title,
      kind: 'les',
      text: [eyebrow, body.text, LESSON_DONE_LABEL, STORED_NOTICE, CLEAR_DATA_LABEL],
      headings: body.headings,
    }
  }
  return withSearch({ url, title: `${lesson.title} (${module.title})`, description: module.summary, kind: 'les' as const, eyebrow }, search)
}
