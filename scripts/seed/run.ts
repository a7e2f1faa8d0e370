import type { Payload, Where } from 'payload'
import { markdownToLexical } from '@vsp/richtext'
import { formFromDefinition } from '@vsp/tool-engine'
import * as content from './content'
import { isDemoMode } from '@vsp/cms/mode'
import { demoUsers } from '@vsp/test-support/demo-users'
import { renderIllustration, renderPoster } from './posters'
import { bySlug, ensureDocument, type Tally } from './upsert'
import { checklistItemsWithThemeIds } from './content/relations'
import { landingBlocksWithIds, landingImages, landingRefs } from './content/landing-relations'
import { reviewFor } from './content/reviews'

type Step = (message: string) => void

/** Fills an empty database with the seed content; idempotent (see ensureDocument). */
export async function seed(payload: Payload, step: Step): Promise<Tally> {
  const tally: Tally = {}
  const published = { _status: 'published' as const }
  const md = (text: string | undefined) => (text ? markdownToLexical(text) : undefined)

  // Demo logins are printed by `npm start`: they exist in demo mode only (cms/src/lib/mode.ts).
  // Elsewhere the first admin is made in the admin's "create first user" page.
  if (isDemoMode()) {
    for (const user of demoUsers) {
      await ensureDocument(payload, tally, 'users', { email: { equals: user.email } }, async () => ({ ...user }))
    }
    step('demo users')
  }

  const themeIds = new Map<string, string | number>()
  for (const theme of [...content.helperThemes, ...content.professionalThemes]) {
    const id = await ensureDocument(payload, tally, 'themes', bySlug(theme.slug, theme.site), async () => ({
      ...theme,
      review: reviewFor('themes', theme),
      body: md(theme.body),
      ...published,
    }))
    themeIds.set(`${theme.site}/${theme.slug}`, id)
  }
  step(`themes (${themeIds.size})`)

  for (const checklist of content.checklists) {
    await ensureDocument(payload, tally, 'checklists', bySlug(checklist.slug, checklist.site), async () => ({
      ...checklist,
      review: reviewFor('checklists', checklist),
      intro: md(checklist.intro),
      items: checklistItemsWithThemeIds(checklist, themeIds),
      ...published,
    }))
  }
  step('checklists')

  for (const plan of content.stappenplannen) {
    await ensureDocument(payload, tally, 'stappenplannen', bySlug(plan.slug, plan.site), async () => ({
      ...plan,
      review: reviewFor('stappenplannen', plan),
      intro: md(plan.intro),
      ...published,
    }))
  }
  step('stappenplannen')

  for (const video of content.videos) {
    const filename = `poster-${video.slug}.png`
    const poster = await ensureDocument(payload, tally, 'media', { filename: { equals: filename } }, async () => ({
      alt: video.poster.alt,
      caption: video.poster.caption,
      $file: { name: filename, mimetype: 'image/png', data: await renderPoster(video.title, video.poster.colour) },
    }))
    await ensureDocument(payload, tally, 'videos', bySlug(video.slug, video.site), async () => ({
      ...video,
      review: reviewFor('videos', video),
      poster,
      ...published,
    }))
  }
  step('videos')

  for (const course of [content.helperCourse, content.professionalCourse]) {
    const { modules, ...fields } = course
    const courseId = await ensureDocument(payload, tally, 'courses', bySlug(course.slug, course.site), async () => ({
      ...fields,
      review: reviewFor('courses', fields),
      intro: md(fields.intro),
      ...published,
    }))
    for (const mod of modules) {
      await ensureDocument(payload, tally, 'course-modules', bySlug(mod.slug, mod.site), async () => ({
        ...mod,
        review: reviewFor('course-modules', mod),
        course: courseId,
        lessons: mod.lessons.map((lesson) => ({ title: lesson.title, body: md(lesson.body) })),
        ...published,
      }))
    }
  }
  step('courses')

  const organisationIds = new Map<string, string | number>()
  for (const organisation of content.organisations) {
    const id = await ensureDocument(payload, tally, 'organisations', bySlug(organisation.slug, organisation.site), async () => ({
      ...organisation,
      review: reviewFor('organisations', organisation),
      ...published,
    }))
    organisationIds.set(organisation.slug, id)
  }
  step('organisations')

  for (const tool of content.tools) {
    await ensureDocument(payload, tally, 'tools', bySlug(tool.slug, tool.site), async () => ({
      ...tool,
      review: reviewFor('tools', tool),
      // The CMS stores the definition as form blocks with organisation relationships.
      definition: formFromDefinition(tool.definition, (slug) => organisationIds.get(slug)),
      ...published,
    }))
  }
  step('tools')

  for (const tip of content.helperTips) {
    const { published: isPublished, ...fields } = tip
    await ensureDocument(payload, tally, 'helper-tips', bySlug(tip.slug, tip.site), async () => ({
      ...fields,
      _status: isPublished ? 'published' : 'draft',
    }))
  }
  step('helper tips')

  for (const page of content.landingPages) {
    await ensureDocument(payload, tally, 'landing-pages', bySlug(page.slug, page.site), async () => {
      const ids = new Map<string, string | number>()
      for (const { collection, slug } of landingRefs(page)) {
        const where: Where = { and: [{ slug: { equals: slug } }, { site: { in: [page.site, 'both'] } }] }
        const found = await payload.find({ collection, where, limit: 1, depth: 0, pagination: false })
        if (found.docs[0]) ids.set(`${collection}/${slug}`, found.docs[0].id)
      }
      const images = new Map<string, string | number>()
      for (const image of landingImages(page)) {
        const filename = `opening-${page.slug}.png`
        images.set(
          image.colour,
          await ensureDocument(payload, tally, 'media', { filename: { equals: filename } }, async () => ({
            alt: image.alt,
            $file: { name: filename, mimetype: 'image/png', data: await renderIllustration(image.colour) },
          })),
        )
      }
      const blocks = landingBlocksWithIds(page, {
        markdown: markdownToLexical,
        idOf: (collection, slug) => ids.get(`${collection}/${slug}`),
        imageOf: (image) => images.get(image.colour)!,
      })
      return { ...page, review: reviewFor('landing-pages', page), blocks, ...published }
    })
  }
  step('landing pages')

  const settings = await payload.findGlobal({ slug: 'site-settings', depth: 0 })
  const counts = (tally['site-settings'] ??= { created: 0, present: 0 })
  if ((settings as { serviceLine?: { phone?: string } }).serviceLine?.phone) counts.present++
  else {
    await payload.updateGlobal({ slug: 'site-settings', data: content.siteSettings as never })
    counts.created++
  }
  step('site settings')
  return tally
}
