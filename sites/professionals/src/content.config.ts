import { defineCollection } from 'astro:content'
import { snapshotLoader } from '@vsp/ui/build/snapshot-loader.ts'
import { readContent } from '#content-source'

/** The whole content snapshot as one entry; which source it comes from, astro.config decides. */
export const collections = { snapshot: defineCollection({ loader: snapshotLoader(readContent) }) }
