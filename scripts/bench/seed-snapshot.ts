/**
 * The seed content as a content snapshot, built in memory without a database: the same steps
 * as scripts/seed/run.ts (markdown to Lexical, slugs to ids, posters as media documents), with
 * made-up ids. Used by the search-quality test and the benchmarks as "the seeded site".
 * Poster files are not rendered: a missing media file means the page goes without image.
 */
import { markdownToLexical } from '@vsp/richtext'
import { formFromDefinition } from '@vsp/tool-engine'
import { validateSnapshot, formatSnapshotProblems, type Id, type Snapshot } from '@vsp/content-models'
import * as content from '../seed/content'
import { checklistItemsWithThemeIds } from '../seed/content/relations'
import { landingBlocksWithIds } from '../seed/content/landing-relations'

const STAMP = '2025-02-01T10:00:00.000Z'

export function seedSnapshot(): Snapshot {
  let nextId = 1
  const system = () => ({ id: nextId++, createdAt: STAMP, updatedAt: STAMP, _status: 'published' as const })
  const md = (text: string | undefined) => (text ? markdownToLexical(text) : undefined)

  const themeIds = new Map<string, number>()
  const themes = [...content.helperThemes, ...content.professionalThemes].map((theme) => {
    const doc = { ...system(), ...theme, body: markdownToLexical(theme.body) }
    themeIds.set(`${theme.site}/${theme.slug}`, doc.id)
    return doc
  })
  const checklists = content.checklists.map((checklist) => ({
    ...system(),
    ...checklist,
    intro: md(checklist.intro),
    items: checklistItemsWithThemeIds(checklist, themeIds),
  }))
  const stappenplannen = content.stappenplannen.map((plan) => ({ ...system(), ...plan, intro: md(plan.intro) }))
  const media: Snapshot['media'] = []
  const videos = content.videos.map((video) => {
    const poster = {
      ...system(),
      alt: video.poster.alt,
      caption: video.poster.caption,
      filename: `poster-${video.slug}.png`,
      mimeType: 'image/png',
      width: 1280,
      height: 720,
    }
    media.push(poster)
    return { ...system(), ...video, poster: poster.id }
  })
  const courses: Snapshot['courses'] = []
  const modules: Snapshot['course-modules'] = []
  for (const course of [content.helperCourse, content.professionalCourse]) {
    const { modules: courseModules, ...fields } = course
    const doc = { ...system(), ...fields, intro: md(fields.intro) }
    courses.push(doc)
    for (const mod of courseModules) {
      modules.push({
        ...system(),
        ...mod,
        course: doc.id,
        lessons: mod.lessons.map((l) => ({ title: l.title, body: markdownToLexical(l.body) })),
      })
    }
  }
  const organisationIds = new Map<string, number>()
  const organisations = content.organisations.map((organisation) => {
    const doc = { ...system(), ...organisation }
    organisationIds.set(organisation.slug, doc.id)
    return doc
  })
  const tools = content.tools.map((tool) => ({
    ...system(),
    ...tool,
    definition: formFromDefinition(tool.definition, (slug) => organisationIds.get(slug)),
  }))
  const helperTips = content.helperTips.filter((tip) => tip.published).map(({ published: _published, ...tip }) => ({ ...system(), ...tip }))

  const ids = (docs: readonly { id: Id; slug: string; site: string }[], site: string) => (slug: string) =>
    docs.find((doc) => doc.slug === slug && (doc.site === site || doc.site === 'both'))?.id
  const collections = { videos, tools, checklists, themes, stappenplannen, 'course-modules': modules }
  const landingPages = content.landingPages.map((page) => {
    const blocks = landingBlocksWithIds(page, {
      markdown: markdownToLexical,
      idOf: (collection, slug) => ids(collections[collection], page.site)(slug),
      imageOf: (image) => {
        const doc = { ...system(), alt: image.alt, filename: `opening-${page.slug}.png`, mimeType: 'image/png', width: 1600, height: 900 }
        media.push(doc)
        return doc.id
      },
    })
    return { ...system(), ...page, blocks }
  })

  const result = validateSnapshot({
    generatedAt: STAMP,
    checklists,
    themes,
    stappenplannen,
    videos,
    courses,
    'course-modules': modules,
    organisations,
    tools,
    'landing-pages': landingPages,
    'helper-tips': helperTips,
    media,
    siteSettings: { ...content.siteSettings, createdAt: STAMP, updatedAt: STAMP },
  })
  if (!result.ok) throw new Error(`Seed snapshot is invalid:\n${formatSnapshotProblems(result.problems)}`)
  return result.snapshot
}
