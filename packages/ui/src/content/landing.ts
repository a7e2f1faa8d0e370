import {
  safeHref,
  type Channel,
  type LandingBlock,
  type LandingPage,
  type Media,
  type PageBlock,
  type RelatedCollection,
  type RichText,
  type SiteName,
  type Snapshot,
  type Theme,
  type Tool,
  type Video,
} from '@vsp/content-models'
import { mediaById, resolveRef } from './selectors'
import { SITE_ROUTES, type SiteUrls } from './urls'

/**
 * What a landing page shows, computed once from the site's content (pure; the Astro components
 * only render it). Relationships are resolved against the site's own published content: a
 * video, tool or page that is not on this site is left out rather than linked to a 404.
 */

/** The share image the build writes next to each landing page (`/lp/<slug>/og.jpg`). */
export const OG_IMAGE = { file: 'og.jpg', width: 1200, height: 630 } as const

/** Where a sign-up form is: the newsletter of this site, the page it is on, the campaign's channel. */
export interface SignupContext {
  audience: SiteName
  /** a landing page's slug, or the site path of another page */
  page: string
  channel: Channel | null
}

export interface RelatedCard {
  href: string
  title: string
  summary?: string | null
  meta: string
}

export type BlockView =
  | { kind: 'hero'; key: string; heading: string; text?: string | null; level: 1 | 2; image?: Media }
  | { kind: 'text'; key: string; body: RichText }
  | { kind: 'video'; key: string; video: Video; poster?: Media; href: string }
  | { kind: 'testimonial'; key: string; quote: string; who: string; image?: Media }
  | { kind: 'cta'; key: string; label: string; href: string; text?: string | null; external: boolean }
  | { kind: 'newsletter'; key: string; heading: string; text?: string | null }
  | { kind: 'toolTeaser'; key: string; heading: string; text?: string | null; href: string; tool: Tool }
  | { kind: 'related'; key: string; heading: string; cards: RelatedCard[] }

export interface LandingView {
  /** Shown as the page's h1 when no opening block gives one. */
  title: string
  /** Whether the page must print `title` as its h1 (no hero block). */
  titleHeading: boolean
  blocks: BlockView[]
  seo: { title: string; description?: string }
  /** The image the share image is made from: the first opening's image, if any. */
  ogSource?: Media
  /** `/lp/<slug>/og.jpg` */
  ogImage: string
}

const RELATED_LABELS: Record<SiteName, Record<RelatedCollection, string>> = {
  helpers: {
    checklists: 'Checklist',
    themes: 'Artikel',
    stappenplannen: 'Stappenplan',
    videos: 'Video',
    tools: 'Tool',
    'course-modules': 'Cursus',
  },
  professionals: {
    checklists: 'Checklist',
    themes: 'Artikel',
    stappenplannen: 'Stappenplan',
    videos: 'Video',
    tools: 'Tool',
    'course-modules': 'Training',
  },
}
export const RELATED_HEADING = 'Lees verder'

type Doc = { id: string | number; title: string; slug: string; summary?: string | null }

/** The page of a related document on this site, or undefined when the site builds none for it. */
function relatedHref(site: SiteName, urls: SiteUrls, collection: RelatedCollection, doc: Doc): string | undefined {
  const folders: Record<string, string> = SITE_ROUTES[site].folders
  if (collection === 'checklists') return folders.checklist ? urls.checklist(doc) : undefined
  if (collection === 'stappenplannen') return folders.stappenplan ? urls.stappenplan(doc) : undefined
  // forSite keeps only the themes this site has a page for.
  if (collection === 'themes') return urls.theme(doc as Theme)
  if (collection === 'videos') return urls.video(doc)
  if (collection === 'tools') return urls.tool(doc)
  return urls.module(doc)
}

function relatedCards(
  content: Snapshot,
  site: SiteName,
  urls: SiteUrls,
  items: Extract<LandingBlock, { blockType: 'related' }>['items'],
): RelatedCard[] {
  const cards: RelatedCard[] = []
  for (const item of items) {
    const doc = resolveRef(item.value, content[item.relationTo] as readonly Doc[])
    const href = doc && relatedHref(site, urls, item.relationTo, doc)
    if (doc && href && !cards.some((card) => card.href === href))
      cards.push({ href, title: doc.title, summary: doc.summary, meta: RELATED_LABELS[site][item.relationTo] })
  }
  return cards
}

const isAbsolute = (href: string) => /^https?:/i.test(href)

/** One block as the page shows it, or undefined when what it points to is not on this site. */
function blockView(
  content: Snapshot,
  site: SiteName,
  urls: SiteUrls,
  block: LandingBlock,
  key: string,
  firstHero: boolean,
): BlockView | undefined {
  switch (block.blockType) {
    case 'hero':
      return {
        kind: 'hero',
        key,
        heading: block.heading,
        text: block.text,
        level: firstHero ? 1 : 2,
        image: mediaById(content, block.image),
      }
    case 'text':
      return { kind: 'text', key, body: block.body }
    case 'video': {
      const video = resolveRef(block.video, content.videos)
      return video && { kind: 'video', key, video, poster: mediaById(content, video.poster), href: urls.video(video) }
    }
    case 'testimonial':
      return { kind: 'testimonial', key, quote: block.quote, who: block.who, image: mediaById(content, block.image) }
    case 'cta': {
      const href = safeHref(block.href)
      return href ? { kind: 'cta', key, label: block.label, href, text: block.text, external: isAbsolute(href) } : undefined
    }
    case 'newsletter':
      return { kind: 'newsletter', key, heading: block.heading, text: block.text }
    case 'toolTeaser': {
      const tool = resolveRef(block.tool, content.tools)
      return (
        tool && {
          kind: 'toolTeaser',
          key,
          tool,
          href: urls.tool(tool),
          heading: block.heading?.trim() || tool.title,
          text: block.text?.trim() || tool.summary || tool.intro,
        }
      )
    }
    case 'related': {
      const cards = relatedCards(content, site, urls, block.items)
      return cards.length ? { kind: 'related', key, heading: block.heading?.trim() || RELATED_HEADING, cards } : undefined
    }
  }
}

/** The blocks of a landing page or of a theme page (`prefix` keeps their ids apart). */
export function blockViews(
  content: Snapshot,
  site: SiteName,
  urls: SiteUrls,
  blocks: readonly (LandingBlock | PageBlock)[],
  prefix = 'blok',
): BlockView[] {
  const firstHero = blocks.findIndex((b) => b.blockType === 'hero')
  return blocks
    .map((block, i) => blockView(content, site, urls, block, `${prefix}-${i + 1}`, i === firstHero))
    .filter((view): view is BlockView => Boolean(view))
}

export function landingView(content: Snapshot, site: SiteName, urls: SiteUrls, page: LandingPage): LandingView {
  const blocks = blockViews(content, site, urls, page.blocks)
  const hero = blocks.find((b): b is Extract<BlockView, { kind: 'hero' }> => b.kind === 'hero')
  const description = page.seoDescription?.trim() || page.summary?.trim() || hero?.text?.trim() || undefined
  return {
    title: page.title,
    titleHeading: !hero,
    blocks,
    seo: { title: page.seoTitle?.trim() || page.title, description },
    ogSource: blocks.find((b): b is Extract<BlockView, { kind: 'hero' }> => b.kind === 'hero' && Boolean(b.image))?.image,
    ogImage: `${urls.landing(page)}${OG_IMAGE.file}`,
  }
}

/** Images the landing pages of a site show (openings and ervaringsverhalen), for `/img/`. */
export function landingMedia(content: Snapshot): Media[] {
  return content['landing-pages'].flatMap((page) =>
    page.blocks.flatMap((block) => ('image' in block ? [mediaById(content, block.image)] : [])).filter((m): m is Media => Boolean(m)),
  )
}
