import { defineCollection } from 'astro:content'
import { snapshotLoader } from '@vsp/site-integration/content'

/** The whole content snapshot as one entry; which source it comes from, astro.config decides. */
export const collections = { snapshot: defineCollection({ loader: snapshotLoader() }) }
