/**
 * The shape of seed content: the content models, with rich text written as markdown and
 * relationships written as slugs. The seed runner turns markdown into Lexical and slugs into ids.
 */
import type {
  Checklist,
  Course,
  CourseModule,
  HelperTip,
  LandingPage,
  Organisation,
  RelatedCollection,
  Review,
  SiteSettings,
  Stappenplan,
  Theme,
  Tool,
  ToolDefinition,
  Video,
} from '@vsp/content-models'

type System = 'id' | 'createdAt' | 'updatedAt' | '_status'
type Seed<T> = Omit<T, System>
/** Markdown text; headings with `##`, lists, links and bold are supported. */
export type Markdown = string

export type SeedTheme = Omit<Seed<Theme>, 'body'> & { body: Markdown }

export type SeedChecklist = Omit<Seed<Checklist>, 'intro' | 'items'> & {
  intro: Markdown
  /** `theme` is the slug of a helpers theme page (site helpers). */
  items: { text: string; detail?: string; theme: string }[]
}

export type SeedStappenplan = Omit<Seed<Stappenplan>, 'intro' | 'phases'> & {
  intro: Markdown
  phases: { phase: Stappenplan['phases'][number]['phase']; intro?: string; steps: { title: string; action: string; who: string }[] }[]
}

export type SeedVideo = Omit<Seed<Video>, 'poster'> & {
  /** The seed generates a poster image locally with this text and colour. */
  poster: { alt: string; caption: string; colour: string }
}

export type SeedCourse = Omit<Seed<Course>, 'intro'> & {
  intro: Markdown
  modules: (Omit<Seed<CourseModule>, 'course' | 'lessons'> & {
    lessons: { title: string; body: Markdown }[]
  })[]
}

export type SeedOrganisation = Omit<Seed<Organisation>, 'contacts'> & {
  contacts: { kind: Organisation['contacts'][number]['kind']; label: string; value: string; hours?: string }[]
}

export type SeedHelperTip = Seed<HelperTip> & { published: boolean }

/** Tools are written in the engine's form (kinds, organisation slugs); the seed converts them. */
export type SeedTool = Omit<Seed<Tool>, 'definition'> & { definition: ToolDefinition }

/** The review record of a seeded document (content-models `review`). */
export type SeedReview = Review

export type SeedSiteSettings = Omit<SiteSettings, 'id' | 'createdAt' | 'updatedAt'>

/** A landing page block as the seed writes it: markdown for rich text, slugs for relationships. */
export type SeedLandingBlock =
  | { blockType: 'hero'; heading: string; text?: string; image?: { alt: string; colour: string } }
  | { blockType: 'text'; body: Markdown }
  | { blockType: 'video'; video: string }
  | { blockType: 'testimonial'; quote: string; who: string }
  | { blockType: 'cta'; label: string; href: string; text?: string }
  | { blockType: 'newsletter'; heading: string; text?: string }
  | { blockType: 'toolTeaser'; tool: string; heading?: string; text?: string }
  | { blockType: 'related'; heading?: string; items: { relationTo: RelatedCollection; slug: string }[] }

export type SeedLandingPage = Omit<Seed<LandingPage>, 'blocks' | 'review'> & { blocks: SeedLandingBlock[] }
