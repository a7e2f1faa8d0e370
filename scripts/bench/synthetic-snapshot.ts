/**
 * A valid snapshot for a helpers site of about `pages` pages: the seed content plus generated
 * themes, checklists, videos and course lessons. The text is made of the seed's own Dutch words
 * (so term statistics look like real pages), about 300 words a page, from a seeded generator:
 * the same size gives the same snapshot.
 */
import { markdownToLexical } from '@vsp/richtext'
import { DELICTS, VIDEO_KINDS, validateSnapshot, formatSnapshotProblems, type Snapshot } from '@vsp/content-models'
import { HELPER_SECTIONS } from '@vsp/ui'
import { seedSnapshot } from './seed-snapshot'
import * as content from '../seed/content'

const LESSONS_PER_MODULE = 10

function random(seed: number) {
  let s = seed >>> 0
  return () => {
    s = (s + 0x6d2b79f5) >>> 0
    let t = s
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Words of the seed's helper pages, with their real frequencies (a word appears as often as it is used). */
function seedWords(): string[] {
  const text = [
    ...content.helperThemes.map((t) => t.body),
    ...content.checklists.flatMap((c) => [c.intro, ...c.items.map((i) => `${i.text} ${i.detail ?? ''}`)]),
  ].join(' ')
  return text.toLowerCase().match(/\p{L}{2,}/gu) ?? []
}

export function syntheticSnapshot(pages: number): Snapshot {
  const base = seedSnapshot()
  const rand = random(pages)
  const words = seedWords()
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]
  const sentence = () => {
    const n = 7 + Math.floor(rand() * 10)
    const s = Array.from({ length: n }, () => pick(words)).join(' ')
    return `${s[0].toUpperCase()}${s.slice(1)}.`
  }
  const paragraph = () => Array.from({ length: 3 + Math.floor(rand() * 3) }, sentence).join(' ')
  const title = () => {
    const t = Array.from({ length: 2 + Math.floor(rand() * 4) }, () => pick(words)).join(' ')
    return `${t[0].toUpperCase()}${t.slice(1)}`
  }
  const body = () =>
    [
      `## ${title()}`,
      paragraph(),
      paragraph(),
      `## ${title()}`,
      paragraph(),
      `- ${sentence()}\n- ${sentence()}\n- ${sentence()}`,
      paragraph(),
    ].join('\n\n')

  let nextId = 100_000
  const stamp = { createdAt: base.generatedAt, updatedAt: base.generatedAt, _status: 'published' as const }
  const fixedPages = 10 // home, 4 sections, checklists, videos, cursus, tips, contact, zoeken, 404 minus the seeded ones' overlap
  const seededPages =
    base.themes.filter((t) => t.site !== 'professionals' && (HELPER_SECTIONS as readonly string[]).includes(t.section)).length +
    base.checklists.length +
    base.videos.filter((v) => v.site !== 'professionals').length +
    base['course-modules'].filter((m) => m.site !== 'professionals').reduce((n, m) => n + 1 + m.lessons.length, 0)
  const extra = Math.max(0, pages - seededPages - fixedPages)
  const counts = { themes: Math.round(extra * 0.4), checklists: Math.round(extra * 0.25), videos: Math.round(extra * 0.1) }
  const modules = Math.max(0, Math.round((extra - counts.themes - counts.checklists - counts.videos) / (LESSONS_PER_MODULE + 1)))

  const themes = Array.from({ length: counts.themes }, (_, i) => ({
    id: nextId++,
    ...stamp,
    site: 'helpers' as const,
    slug: `thema-${i + 1}`,
    title: title(),
    summary: sentence(),
    section: HELPER_SECTIONS[i % HELPER_SECTIONS.length],
    order: i,
    delicts: null,
    body: markdownToLexical(body()),
  }))
  const helperThemeIds = [...base.themes.filter((t) => t.site === 'helpers').map((t) => t.id), ...themes.map((t) => t.id)]
  const checklists = Array.from({ length: counts.checklists }, (_, i) => ({
    id: nextId++,
    ...stamp,
    site: 'helpers' as const,
    slug: `checklist-${i + 1}`,
    title: `Wat u kunt doen: ${title().toLowerCase()}`,
    summary: sentence(),
    delict: DELICTS[i % DELICTS.length],
    intro: markdownToLexical(paragraph()),
    items: Array.from({ length: 8 }, (_, j) => ({ id: `c${i}-${j}`, text: sentence(), detail: sentence(), theme: pick(helperThemeIds) })),
  }))
  const media: Snapshot['media'] = []
  const videos = Array.from({ length: counts.videos }, (_, i) => {
    const poster = {
      id: nextId++,
      ...stamp,
      alt: sentence(),
      filename: `synthetisch-${i + 1}.png`,
      mimeType: 'image/png',
      width: 1280,
      height: 720,
    }
    media.push(poster)
    return {
      id: nextId++,
      ...stamp,
      site: 'helpers' as const,
      slug: `video-${i + 1}`,
      title: title(),
      summary: sentence(),
      kind: VIDEO_KINDS[i % VIDEO_KINDS.length],
      hostingUrl: `https://player.vimeo.com/video/${800000000 + i}`,
      poster: poster.id,
      durationSeconds: 60 + (i % 300),
      captionsUrl: null,
      transcript: Array.from({ length: 4 }, paragraph).join('\n\n'),
    }
  })
  const course = base.courses.find((c) => c.site === 'helpers')!
  const courseModules = Array.from({ length: modules }, (_, i) => ({
    id: nextId++,
    ...stamp,
    site: 'helpers' as const,
    slug: `module-${i + 1}`,
    title: title(),
    summary: sentence(),
    course: course.id,
    order: 100 + i,
    level: 'verdiepend' as const,
    durationMinutes: 30,
    lessons: Array.from({ length: LESSONS_PER_MODULE }, () => ({ title: title(), body: markdownToLexical(body()) })),
  }))

  const result = validateSnapshot({
    ...base,
    themes: [...base.themes, ...themes],
    checklists: [...base.checklists, ...checklists],
    videos: [...base.videos, ...videos],
    'course-modules': [...base['course-modules'], ...courseModules],
    media: [...base.media, ...media],
  })
  if (!result.ok) throw new Error(`Synthetic snapshot is invalid:\n${formatSnapshotProblems(result.problems.slice(0, 20))}`)
  return result.snapshot
}
