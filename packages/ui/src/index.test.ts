import { describe, expect, it } from 'vitest'
import * as ui from './index'

describe('@vsp/ui public API', () => {
  it('exports exactly these names', () => {
    expect(Object.keys(ui).sort()).toEqual(
      [
        'HELPER_SECTIONS',
        'PROFESSIONAL_PAGE_SECTIONS',
        'RELATED_LIMIT',
        'RESERVED_PROFESSIONAL_SLUGS',
        'SITE_ROUTES',
        'hasThemePage',
        'routeSegments',
        'breadcrumbList',
        'blockViews',
        'landingView',
        'landingPaths',
        'OG_IMAGE',
        'RELATED_HEADING',
        'DEFAULT_ISLAND_API',
        'islandApiBase',
        'newsletterSubscribeUrl',
        'cachedLoader',
        'checklistGroups',
        'courseJsonLd',
        'forSite',
        'formatDuration',
        'howTo',
        'imageVariants',
        'isoDuration',
        'jsonLdString',
        'lessonKey',
        'lessonPaths',
        'loadContent',
        'mediaById',
        'modulePaths',
        'modulesOfCourse',
        'pickRelated',
        'progressKey',
        'refId',
        'relatedToDelict',
        'resolveRef',
        'responsiveImage',
        'siteUrls',
        'sortByTitle',
        'themesInSection',
        'videoObject',
        'videoPaths',
        'videoPlayer',
      ].sort(),
    )
  })
})
