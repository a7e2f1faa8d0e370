import { readFileSync } from 'node:fs'
import { FIXTURE_SNAPSHOT } from '@vsp/test-support/fixtures'
import { describe, expect, it } from 'vitest'
import { validateSnapshot } from '@vsp/content-models'
import { sectionThemeCandidates, videoCandidates } from './related-candidates'
import { forSite, sortByTitle, themesInSection } from './selectors'
import { siteUrls } from './urls'

const result = validateSnapshot(JSON.parse(readFileSync(FIXTURE_SNAPSHOT, 'utf8')))
if (!result.ok) throw new Error('fixture invalid')
const content = forSite(result.snapshot, 'helpers')
const urls = siteUrls('helpers')

describe('related candidates', () => {
  it('are the section themes in reading order, as each theme page made them, and made once', () => {
    const section = content.themes[0].section
    const expected = themesInSection(content, section).map((t) => ({
      href: urls.theme(t),
      title: t.title,
      section: t.section,
      topics: t.delicts,
    }))
    expect(sectionThemeCandidates(content, urls, section)).toEqual(expected)
    expect(sectionThemeCandidates(content, urls, section)).toBe(sectionThemeCandidates({ ...content }, urls, section))
    expect(sectionThemeCandidates(content, urls, 'geen-sectie')).toEqual([])
  })

  it('are the videos by title, and a changed list is made anew', () => {
    const expected = sortByTitle(content.videos).map((v) => ({ href: urls.video(v), title: v.title, section: v.kind }))
    expect(videoCandidates(content, urls)).toEqual(expected)
    expect(videoCandidates({ ...content, videos: [] }, urls)).toEqual([])
  })
})
