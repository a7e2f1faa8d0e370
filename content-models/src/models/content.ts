import { z } from 'zod'
import { contentBase, id, ref, richText, systemFields } from '../common'
import { reviewed } from '../review'
import { landingBlock, pageBlock } from './landing-blocks'
import { toolFormDefinition } from '../tool-form'
import { TOOL_KINDS } from '../tool-definition'
import { CHANNELS, CONTACT_KINDS, COURSE_LEVELS, DELICTS, PHASES, SECTORS, THEME_SECTIONS, VIDEO_KINDS } from '../constants'

export const checklist = z.object({
  ...systemFields,
  ...contentBase,
  ...reviewed,
  delict: z.enum(DELICTS),
  intro: richText.nullish(),
  items: z
    .array(
      z.object({
        id: z.string().nullish(),
        text: z.string().min(1),
        detail: z.string().nullish(),
        theme: ref,
      }),
    )
    .min(1),
})
export type Checklist = z.infer<typeof checklist>

export const theme = z.object({
  ...systemFields,
  ...contentBase,
  ...reviewed,
  section: z.enum(THEME_SECTIONS),
  order: z.number().nullish(),
  delicts: z.array(z.enum(DELICTS)).nullish(),
  body: richText,
  /** blocks under the text, such as the newsletter sign-up */
  blocks: z.array(pageBlock).nullish(),
})
export type Theme = z.infer<typeof theme>

export const stappenplan = z.object({
  ...systemFields,
  ...contentBase,
  ...reviewed,
  situation: z.string().min(1),
  sectors: z.array(z.enum(SECTORS)).nullish(),
  intro: richText.nullish(),
  phases: z
    .array(
      z.object({
        id: z.string().nullish(),
        phase: z.enum(PHASES),
        intro: z.string().nullish(),
        steps: z
          .array(
            z.object({
              id: z.string().nullish(),
              title: z.string().min(1),
              action: z.string().min(1),
              who: z.string().min(1),
            }),
          )
          .min(1),
      }),
    )
    .min(1),
})
export type Stappenplan = z.infer<typeof stappenplan>

export const video = z.object({
  ...systemFields,
  ...contentBase,
  ...reviewed,
  kind: z.enum(VIDEO_KINDS),
  hostingUrl: z.url(),
  poster: ref,
  durationSeconds: z.number().int().positive(),
  captionsUrl: z.string().nullish(),
  transcript: z.string().min(1),
})
export type Video = z.infer<typeof video>

export const course = z.object({
  ...systemFields,
  ...contentBase,
  ...reviewed,
  level: z.enum(COURSE_LEVELS),
  intro: richText.nullish(),
})
export type Course = z.infer<typeof course>

export const courseModule = z.object({
  ...systemFields,
  ...contentBase,
  ...reviewed,
  course: ref,
  order: z.number().int(),
  level: z.enum(COURSE_LEVELS),
  durationMinutes: z.number().int().positive(),
  lessons: z
    .array(
      z.object({
        id: z.string().nullish(),
        title: z.string().min(1),
        body: richText,
      }),
    )
    .min(1),
})
export type CourseModule = z.infer<typeof courseModule>

export const organisation = z.object({
  ...systemFields,
  ...contentBase,
  ...reviewed,
  helpsWith: z.string().min(1),
  contacts: z
    .array(
      z.object({
        id: z.string().nullish(),
        kind: z.enum(CONTACT_KINDS),
        label: z.string().min(1),
        value: z.string().min(1),
        hours: z.string().nullish(),
      }),
    )
    .min(1),
})
export type Organisation = z.infer<typeof organisation>

export const tool = z.object({
  ...systemFields,
  ...contentBase,
  ...reviewed,
  kind: z.enum(TOOL_KINDS),
  intro: z.string().nullish(),
  definition: toolFormDefinition,
})
export type Tool = z.infer<typeof tool>

export const landingPage = z.object({
  ...systemFields,
  ...contentBase,
  ...reviewed,
  /** shown to search engines and when shared; the title and summary when empty */
  seoTitle: z.string().nullish(),
  seoDescription: z.string().nullish(),
  channel: z.enum(CHANNELS).nullish(),
  blocks: z.array(landingBlock).min(1),
})
export type LandingPage = z.infer<typeof landingPage>

export const helperTip = z.object({
  ...systemFields,
  ...contentBase,
  body: z.string().min(1),
  signature: z.string().nullish(),
})
export type HelperTip = z.infer<typeof helperTip>

const imageSize = z
  .object({
    url: z.string().nullish(),
    width: z.number().nullish(),
    height: z.number().nullish(),
    mimeType: z.string().nullish(),
    filesize: z.number().nullish(),
    filename: z.string().nullish(),
  })
  .loose()
export const media = z.object({
  ...systemFields,
  alt: z.string().min(1),
  caption: z.string().nullish(),
  url: z.string().nullish(),
  filename: z.string().nullish(),
  mimeType: z.string().nullish(),
  filesize: z.number().nullish(),
  width: z.number().nullish(),
  height: z.number().nullish(),
  focalX: z.number().nullish(),
  focalY: z.number().nullish(),
  thumbnailURL: z.string().nullish(),
  sizes: z.record(z.string(), imageSize).nullish(),
})
export type Media = z.infer<typeof media>

export { id }
