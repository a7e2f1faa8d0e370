import type { Snapshot } from '@vsp/content-models'

/** The site's content loader (lib/content.ts): validated, filtered to the site, read once. */
export type ContentLoader = () => Promise<Snapshot>

/**
 * getStaticPaths of the routes both sites have. A site page exports one of these, so its route
 * file stays a few lines of wiring: `export const getStaticPaths = videoPaths(getContent)`.
 */
export function videoPaths(getContent: ContentLoader) {
  return async () => (await getContent()).videos.map((video) => ({ params: { slug: video.slug }, props: { video } }))
}

export function modulePaths(getContent: ContentLoader) {
  return async () => (await getContent())['course-modules'].map((module) => ({ params: { module: module.slug }, props: { module } }))
}

export function lessonPaths(getContent: ContentLoader) {
  return async () =>
    (await getContent())['course-modules'].flatMap((module) =>
      module.lessons.map((_, index) => ({ params: { module: module.slug, n: String(index + 1) }, props: { module, index } })),
    )
}

export function landingPaths(getContent: ContentLoader) {
  return async () => (await getContent())['landing-pages'].map((page) => ({ params: { slug: page.slug }, props: { page } }))
}
