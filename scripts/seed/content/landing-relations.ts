/**
 * Seed landing pages in the model's shape: markdown to rich text, slugs to ids. Shared by the
 * seed runner (ids from the database, images rendered and uploaded) and the in-memory seed
 * snapshot (made-up ids, no files). A slug that names no seeded document throws: a typo in the
 * seed must not quietly drop a block.
 */
import type { Id, LandingPage, RelatedCollection, RichText } from '@vsp/content-models'
import type { SeedLandingBlock, SeedLandingPage } from './types'

export type LandingRefCollection = 'videos' | 'tools' | RelatedCollection
export type LandingImage = { alt: string; colour: string }

/** Every document a page's blocks point to, so the runner can look their ids up first. */
export function landingRefs(page: SeedLandingPage): { collection: LandingRefCollection; slug: string }[] {
  return page.blocks.flatMap((b) => {
    if (b.blockType === 'video') return [{ collection: 'videos' as const, slug: b.video }]
    if (b.blockType === 'toolTeaser') return [{ collection: 'tools' as const, slug: b.tool }]
    if (b.blockType === 'related') return b.items.map((item) => ({ collection: item.relationTo, slug: item.slug }))
    return []
  })
}

/** The opening images a page needs (the runner renders and uploads them first). */
export function landingImages(page: SeedLandingPage): LandingImage[] {
  return page.blocks.flatMap((b) => (b.blockType === 'hero' && b.image ? [b.image] : []))
}

export interface LandingResolvers {
  /** the id of a seeded document on the page's site (or on both sites) */
  idOf(collection: LandingRefCollection, slug: string): Id | undefined
  /** the media id of an opening's image */
  imageOf(image: LandingImage): Id
  markdown(text: string): RichText
}

export function landingBlocksWithIds(page: SeedLandingPage, resolve: LandingResolvers): LandingPage['blocks'] {
  const id = (collection: LandingRefCollection, slug: string) => {
    const found = resolve.idOf(collection, slug)
    if (found === undefined) throw new Error(`Landingspagina ${page.slug}: geen ${collection} met slug ${slug} op ${page.site}`)
    return found
  }
  return page.blocks.map((b: SeedLandingBlock): LandingPage['blocks'][number] => {
    switch (b.blockType) {
      case 'hero':
        return { ...b, image: b.image ? resolve.imageOf(b.image) : undefined }
      case 'text':
        return { blockType: 'text', body: resolve.markdown(b.body) }
      case 'video':
        return { blockType: 'video', video: id('videos', b.video) }
      case 'toolTeaser':
        return { ...b, tool: id('tools', b.tool) }
      case 'related':
        return { ...b, items: b.items.map((item) => ({ relationTo: item.relationTo, value: id(item.relationTo, item.slug) })) }
      default:
        return b
    }
  })
}
