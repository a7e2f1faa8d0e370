import { z } from 'zod'
import { systemFields } from '../common'
import { ROLES } from '../constants'

const link = z.object({ id: z.string().nullish(), label: z.string().min(1), href: z.string().min(1) })
const siteChrome = z.object({
  navigation: z.array(link).nullish(),
  footer: z.array(link).nullish(),
})

/** The global `site-settings`: navigation per site, contact lines, search synonyms. */
export const siteSettings = z.object({
  id: systemFields.id.optional(),
  createdAt: systemFields.createdAt,
  updatedAt: systemFields.updatedAt,
  helpers: siteChrome,
  professionals: siteChrome,
  serviceLine: z.object({
    phone: z.string().min(1),
    chatUrl: z.string().min(1),
    hours: z.string().min(1),
  }),
  advieslijn: z.object({
    phone: z.string().min(1),
    email: z.string().nullish(),
    hours: z.string().min(1),
  }),
  quickExitUrl: z.url(),
  searchSynonyms: z.array(z.object({ id: z.string().nullish(), term: z.string().min(1), synonyms: z.string().min(1) })).nullish(),
})
export type SiteSettings = z.infer<typeof siteSettings>

export const user = z.object({
  ...systemFields,
  email: z.email(),
  name: z.string().min(1),
  role: z.enum(ROLES),
})
export type User = z.infer<typeof user>
